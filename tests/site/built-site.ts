/** The built site in dist/: every HTML page with its path, for checks that read the output. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isRedirectPage } from '../../src/integrations/sitemap-of-pages';

export const distDir = resolve(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** The URL path, e.g. `/403/quota-exceeded/` or `/404.html`. */
  path: string;
  file: string;
  html: string;
}

export const builtPages: BuiltPage[] = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => ({
    path: `/${file.replace(/index\.html$/, '')}`,
    file: join(distDir, file),
    html: readFileSync(join(distDir, file), 'utf8'),
  }));

/** Pages other than the redirect pages Astro builds for aliases (no layout, just a meta refresh). */
export const contentPages = builtPages.filter((page) => !isRedirectPage(page.html));
