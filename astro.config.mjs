// @ts-check
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import errorPageFiles, { statusPagesWrittenAsErrorPages } from './src/integrations/error-page-files.ts';
import pagefind from './src/integrations/pagefind.ts';
import requireSiteUrl from './src/integrations/site-url.ts';
import { aliasRedirects } from './src/loaders/alias-redirects.ts';
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
  // Earlier and alternative URLs of entries (their `aliases`) redirect to the permalink.
  redirects: aliasRedirects('./content/errors'),
  prerenderConflictBehavior: 'error',
  markdown: {
    // Code in entries is short and plain; highlighting would add inline styles to every page.
    syntaxHighlight: false,
    processor: unified({
      // Messages quoted in prose must stay byte-exact: no curly quotes.
      smartypants: false,
      // Every section heading links to itself (#why-it-happens, #how-to-fix, each cause) for citing.
      rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { class: 'heading-link' } }]],
    }),
  },
  security: {
    // Astro hashes its own scripts and styles into a meta Content-Security-Policy on every page.
    csp: { directives: [...policyDirectives], scriptDirective: { resources: [...scriptSources] } },
  },
  integrations: [
    requireSiteUrl(),
    mdx(),
    sitemap({
      // The status pages of 404 and 500 are moved into place after the build (error-page-files.ts), which
      // the sitemap cannot see; the not-found page answers unknown URLs and is not a page of its own.
      customPages: statusPagesWrittenAsErrorPages.map((status) => new URL(`${status}/`, siteRoot).href),
      filter: (page) => new URL(page).pathname !== new URL('not-found/', siteRoot).pathname,
    }),
    errorPageFiles(),
    pagefind(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Every script stays a file: a strict Content-Security-Policy (and a _headers file) needs no inline code.
      assetsInlineLimit: 0,
      // Vite 8 warns once per MDX module about "use client"-style directives (withastro/astro#18087).
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
