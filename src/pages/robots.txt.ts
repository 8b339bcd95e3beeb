import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `Sitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain' } });
};
