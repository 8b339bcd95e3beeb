/** Every URL the site publishes, built in one place so `base` is always respected. */
import type { StatusKey } from './status';

export function statusPath(status: StatusKey): string {
  return `/${status}/`;
}

export function permalinkPath(status: StatusKey, slug: string): string {
  return `/${status}/${slug}/`;
}

/** Prefixes a site path with the configured base (`/docs/gateway-errors/` or `/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.replace(/\/+$/, '');
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The canonical absolute URL of a site path, for copy-link buttons and errors.json. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
  return new URL(withBase(path, base), site).href;
}

export function categoryPath(category: string): string {
  return `/categories/${category}/`;
}

/** An alias is an earlier slug under the same status, or `<status>/<slug>` when the status changed. */
export function aliasPath(status: StatusKey, alias: string): string {
  return alias.includes('/') ? `/${alias}/` : permalinkPath(status, alias);
}

/** Every URL the catalog publishes: status pages, permalinks and alias redirects. */
export function publishedPaths(
  entries: ReadonlyArray<{ data: { status: StatusKey; slug: string; aliases: readonly string[] } }>,
): string[] {
  const paths = new Set<string>();
  for (const { data } of entries) {
    paths.add(statusPath(data.status));
    paths.add(permalinkPath(data.status, data.slug));
    for (const alias of data.aliases) paths.add(aliasPath(data.status, alias));
  }
  return [...paths].sort();
}

export function flagPath(code: string): string {
  return `/flags/${code}/`;
}

/**
 * A URL path decoded for reading its words. A malformed escape (`/%E2%82/`, a character cut off in a
 * ticket) would make decodeURIComponent throw: each run of escapes that does not decode becomes a space.
 */
export function decodePathLeniently(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path.replace(/(?:%[0-9a-f]{2})+/gi, (escapes) => {
      try {
        return decodeURIComponent(escapes);
      } catch {
        return ' ';
      }
    });
  }
}
