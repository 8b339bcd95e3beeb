/**
 * Files that static hosts read from the site root (Netlify and Cloudflare Pages format). Astro
 * leaves `_`-prefixed page files out of routing, so they are generated through this route.
 * `_redirects`: every alias to its entry (other hosts use the redirect pages built for aliases).
 * `_headers`: the Content-Security-Policy and other security headers for every page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { aliasRedirects } from '../data/catalog';
import { policyHeader } from '../lib/security-policy';
import { withBase } from '../lib/urls';

function redirects(): string {
  return aliasRedirects.map(({ from, to }) => `${withBase(from)} ${withBase(to)} 301\n`).join('');
}

/** The site-wide security headers, for hosts that read `_headers`. */
function headers(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policyHeader}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

const hostFiles = { _redirects: redirects, _headers: headers };

export const getStaticPaths = (() =>
  Object.keys(hostFiles).map((hostFile) => ({ params: { hostFile } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(hostFiles[params['hostFile'] as keyof typeof hostFiles](), { headers: { 'Content-Type': 'text/plain' } });
