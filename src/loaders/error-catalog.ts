/**
 * The content-layer loader for the error catalog: Astro's glob loader, with ids taken from the file
 * path (`403/key-not-authorised`) so no entry can silently replace another, followed by the
 * catalog-wide rules and the check that no published URL disappears. A broken catalog fails
 * `astro sync`, `astro check` and `astro build` alike.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile, writeFile } from 'node:fs/promises';
import { findCatalogProblems, findVanishedUrls, formatCatalogProblems, type CatalogEntry } from '../lib/catalog-rules';
import { publishedPaths } from '../lib/urls';

/** The committed list of every URL ever published, one path per line. */
async function readPublishedUrls(manifestPath: string): Promise<string[]> {
  const text = await readFile(manifestPath, 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

const manifestHeader =
  '# Every URL this site has published. Never remove a line: the build fails if a listed URL is no longer built.';

/**
 * `npm run urls:record` (astro sync with RECORD_PUBLISHED_URLS=1): adds every URL the catalog now
 * publishes to the manifest. It only ever adds, so a URL that disappeared still fails below.
 */
async function recordPublishedUrls(manifestPath: string, recorded: string[], entries: CatalogEntry[]): Promise<void> {
  const all = [...new Set([...recorded, ...publishedPaths(entries)])].sort();
  await writeFile(manifestPath, `${manifestHeader}\n${all.join('\n')}\n`);
  console.log(`${all.length - recorded.length} URLs added; ${all.length} listed in ${manifestPath}.`);
}

export function errorCatalogLoader(base: string, manifestPath: string): Loader {
  const files = glob({
    pattern: '**/*.{md,mdx}',
    base,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    name: 'error-catalog',
    load: async (context) => {
      await files.load(context);
      const entries = [...context.store.values()] as unknown as CatalogEntry[];
      const recorded = await readPublishedUrls(manifestPath);
      const catalogProblems = findCatalogProblems(entries);
      if (process.env['RECORD_PUBLISHED_URLS'] && catalogProblems.length === 0) {
        await recordPublishedUrls(manifestPath, recorded, entries);
      }
      const problems = [...catalogProblems, ...findVanishedUrls(recorded, entries)];
      if (problems.length > 0) throw new Error(formatCatalogProblems(problems));
    },
  };
}
