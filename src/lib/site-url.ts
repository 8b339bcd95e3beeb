/**
 * Where the site is published. Canonical links, the sitemap, robots.txt, errors.json, llms.txt and the
 * copy-link and citation buttons all carry absolute URLs, so a build for publishing needs SITE_URL; a build
 * for this machine only (npm start, npm test) says so with LOCAL_BUILD=1 and gets the local preview's origin.
 */
export const localSiteUrl = 'http://localhost:4321';

type Env = Record<string, string | undefined>;

/** The origin for Astro's `site`: SITE_URL, or the local preview's origin. */
export function siteUrl(env: Env): string {
  return env['SITE_URL'] || localSiteUrl;
}

/** Why `astro build` stops, or undefined when it may go on. */
export function missingSiteUrlError(env: Env): string | undefined {
  if (env['SITE_URL'] || env['LOCAL_BUILD'] === '1') return undefined;
  return [
    `SITE_URL is not set, so this build would publish ${localSiteUrl} in its canonical links, sitemap, robots.txt,`,
    'errors.json, llms.txt and copy-link buttons. Set it to the origin the site is published at, e.g.',
    '`SITE_URL=https://errors.example.com npm run build` (and BASE_PATH for a sub-path), or build for this',
    'machine only with `npm run build:local` (LOCAL_BUILD=1).',
  ].join('\n');
}

/** A site built for this machine: its robots.txt keeps crawlers out, should it ever be published. */
export function isLocalSite(site: URL | undefined): boolean {
  return !site || site.origin === new URL(localSiteUrl).origin;
}
