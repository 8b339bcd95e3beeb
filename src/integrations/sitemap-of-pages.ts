/**
 * @astrojs/sitemap, without the not-found page and the redirect pages built for entries' aliases: they are pages to Astro
 * (a route that redirects), but only permalinks belong in a sitemap. The filter reads each built
 * page, which exists by the time the sitemap is written (`astro:build:done`).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';

/** Astro's static redirect page: `<meta http-equiv="refresh" …>` and nothing else. */
export const isRedirectPage = (html: string): boolean => html.includes('http-equiv="refresh"');

interface Options {
  /** Pages the build writes outside Astro's routing, which the sitemap cannot see. */
  customPages: string[];
  /** A path that is a page to Astro but not to readers (the not-found page). */
  exclude: string;
}

export default function sitemapOfPages({ customPages, exclude }: Options): AstroIntegration[] {
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
    sitemap({
      customPages,
      filter: (page) => new URL(page).pathname !== exclude && !isRedirectPage(builtHtml(page)),
    }),
  ];
}
