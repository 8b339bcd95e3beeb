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
