/**
 * Adds every URL the catalog now publishes to content/published-urls.txt, the committed list of
 * URLs that must keep working. It only ever adds: the build fails if a listed URL disappears.
 * Run after adding an entry: `npm run urls:record`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readEntryFrontmatter } from '../src/loaders/alias-redirects';
import { publishedPaths } from '../src/lib/urls';

const root = resolve(import.meta.dirname, '..');
const manifestPath = join(root, 'content/published-urls.txt');
const errorsDir = join(root, 'content/errors');

const entries = readEntryFrontmatter(errorsDir).map(({ status, slug, aliases = [] }) => ({
  data: { status: status!, slug: slug!, aliases },
}));

const header = '# Every URL this site has published. Never remove a line: the build fails if a listed URL is no longer built.\n';
const existing = readFileSync(manifestPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));
const all = [...new Set([...existing, ...publishedPaths(entries)])].sort();
writeFileSync(manifestPath, header + all.join('\n') + '\n');
console.log(`${all.length - existing.length} URLs added; ${all.length} listed in content/published-urls.txt.`);
