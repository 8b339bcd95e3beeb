// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import errorPageFiles, { statusPagesWrittenAsErrorPages } from './src/integrations/error-page-files.ts';
import requireSiteUrl from './src/integrations/site-url.ts';
import sitemapOfPages from './src/integrations/sitemap-of-pages.ts';
import { entryRehypePlugins } from './src/lib/markdown-options.ts';
import { policyDirectives, scriptSources } from './src/lib/security-policy.ts';
import { siteUrl } from './src/lib/site-url.ts';

/** Where the site is published: SITE_URL is the origin (required to build, see site-url.ts), BASE_PATH the sub-path. */
const site = siteUrl(process.env);
const base = process.env.BASE_PATH ?? '/';
const siteRoot = new URL(base, site);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  prerenderConflictBehavior: 'error',
  markdown: {
    // Code in entries is short and plain; highlighting would add inline styles to every page.
    syntaxHighlight: false,
    processor: unified({
      // Messages quoted in prose must stay byte-exact: no curly quotes.
      smartypants: false,
      // The same plugins render MDX entries while the content layer syncs (src/lib/entry-body/render.ts).
      rehypePlugins: [...entryRehypePlugins],
    }),
  },
  security: {
    // Astro hashes its own scripts and styles into a meta Content-Security-Policy on every page.
    csp: { directives: [...policyDirectives], scriptDirective: { resources: [...scriptSources] } },
  },
  // @astrojs/mdx compiles any .mdx page under src/pages; catalog entries are MDX too, but are rendered once by
  // their loader (src/loaders/error-catalog.ts) with the same MDX parser, so none becomes a bundler module.
  integrations: [
    requireSiteUrl(),
    mdx(),
    // The status pages of 404 and 500 are moved into place after the build (error-page-files.ts), which the
    // sitemap cannot see; the not-found page answers unknown URLs and is not a page of its own.
    ...sitemapOfPages({
      customPages: statusPagesWrittenAsErrorPages.map((status) => new URL(`${status}/`, siteRoot).href),
      exclude: new URL('not-found/', siteRoot).pathname,
    }),
    errorPageFiles(),
    // Pagefind indexes dist after `astro build` has exited (scripts/search-index.ts, run by the build scripts in package.json), so its
    // peak does not add to Astro's: at 10,000 entries each needs 1.1-1.3 GB, and together they held 2.2 GB.
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Every script stays a file: a strict Content-Security-Policy (and a _headers file) needs no inline code.
      assetsInlineLimit: 0,
    },
  },
});
