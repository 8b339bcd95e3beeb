import type { APIRoute } from 'astro';
import { isLocalSite } from '../lib/site-url';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  // A local build (LOCAL_BUILD=1) carries localhost URLs: should it ever be published, crawlers stay out.
  const body = isLocalSite(site)
    ? '# A local build, not for publishing: build with SITE_URL set.\nUser-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain' } });
};
