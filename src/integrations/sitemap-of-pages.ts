/**
 * @astrojs/sitemap, without the redirect pages built for entries' aliases: they are pages to Astro
 * (a route that redirects), but only permalinks belong in a sitemap. The filter reads each built
 * page, which exists by the time the sitemap is written (`astro:build:done`).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';

/** Astro's static redirect page: `<meta http-equiv="refresh" …>` and nothing else. */
export const isRedirectPage = (html: string): boolean => html.includes('http-equiv="refresh"');

export default function sitemapOfPages(): AstroIntegration[] {
  let outDir: URL | undefined;
  let base = '/';
  const builtHtml = (page: string): string => {
    const path = new URL(page).pathname.slice(base.replace(/\/?$/, '/').length);
    const file = new URL(path.endsWith('/') || path === '' ? `${path}index.html` : path, outDir);
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  return [
    {
      name: 'sitemap-of-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
          base = config.base;
        },
      },
    },
    sitemap({ filter: (page) => !isRedirectPage(builtHtml(page)) }),
  ];
}
