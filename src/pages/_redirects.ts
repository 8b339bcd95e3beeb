/** A `_redirects` file (Netlify and Cloudflare Pages format) for every alias; other hosts use the redirect pages. */
import type { APIRoute } from 'astro';
import { allErrors } from '../data/catalog';
import { aliasPath, permalinkPath, withBase } from '../lib/urls';

export const GET: APIRoute = () => {
  const lines = allErrors.flatMap(({ data }) =>
    data.aliases.map(
      (alias) => `${withBase(aliasPath(data.status, alias))} ${withBase(permalinkPath(data.status, data.slug))} 301`,
    ),
  );
  return new Response(lines.length ? `${lines.join('\n')}\n` : '', { headers: { 'Content-Type': 'text/plain' } });
};
