/** What every host must serve: the URLs ever published, and the aliases the build lists in dist/_redirects. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** content/published-urls.txt: permalinks, status pages and aliases. */
export const publishedUrls: string[] = readFileSync(resolve(import.meta.dirname, '../../content/published-urls.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

/** dist/_redirects (Netlify and Cloudflare Pages format): `from to 301` per alias. */
export const aliasRedirects: { from: string; to: string; code: string }[] = readFileSync(
  resolve(import.meta.dirname, '../../dist/_redirects'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [from = '', to = '', code = ''] = line.split(' ');
    return { from, to, code };
  });
