/** Every internal link and #fragment in the built site resolves: no broken link, no missing anchor. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isRedirectPage } from '../../src/integrations/sitemap-of-pages';
import { builtPages, distDir, type BuiltPage } from './built-site';

const idsByFile = new Map<string, Set<string>>();
function idsOf(page: BuiltPage): Set<string> {
  let ids = idsByFile.get(page.file);
  if (!ids) {
    ids = new Set([...page.html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    idsByFile.set(page.file, ids);
  }
  return ids;
}

const pagesByPath = new Map(builtPages.map((page) => [page.path, page]));

/** The built file a site path is served from, as a static host would. */
function resolvePath(path: string): { file?: string; page?: BuiltPage } {
  const decoded = decodeURIComponent(path);
  const page = pagesByPath.get(decoded) ?? pagesByPath.get(`${decoded}/`);
  if (page) return { file: page.file, page };
  const file = join(distDir, decoded);
  if (existsSync(file) && statSync(file).isFile()) return { file };
  return {};
}

describe('internal links', () => {
  test('there are pages to check', () => {
    expect(builtPages.length).toBeGreaterThan(100);
  });

  test('every href and src on every page resolves, with its #fragment', () => {
    const broken: string[] = [];
    for (const page of builtPages) {
      for (const [, attribute, value] of page.html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (!value || /^(https?:|mailto:|data:)/.test(value!)) continue;
        const [rawPath = '', fragment] = value!.split('#');
        const target =
          rawPath === '' ? { file: page.file, page } : resolvePath(new URL(rawPath, `http://site${page.path}`).pathname);
        if (!target.file) {
          broken.push(`${page.path}: ${attribute}="${value}" is not built`);
        } else if (fragment && target.page && !idsOf(target.page).has(decodeURIComponent(fragment))) {
          broken.push(`${page.path}: ${attribute}="${value}" has no element with id "${fragment}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the sitemap', () => {
  test('lists the pages, never the redirect pages built for aliases', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const redirects = builtPages.filter((page) => isRedirectPage(page.html)).map((page) => page.path);
    expect(redirects.length).toBeGreaterThan(0);
    expect(listed.length).toBeGreaterThan(280);
    expect(listed.filter((path) => redirects.includes(path))).toEqual([]);
  });
});
