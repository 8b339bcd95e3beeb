/**
 * The content-layer loader for the error catalog: Astro's glob loader, with ids taken from the file
 * path (`403/key-not-authorised`) so no entry can silently replace another, followed by the
 * catalog-wide rules and the check that no published URL disappears. A broken catalog fails
 * `astro sync`, `astro check` and `astro build` alike.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { findCatalogProblems, findVanishedUrls, formatCatalogProblems, type CatalogEntry } from '../lib/catalog-rules';

/** The committed list of every URL ever published, one path per line. */
async function readPublishedUrls(manifestPath: string): Promise<string[]> {
  const text = await readFile(manifestPath, 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
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
      const problems = [...findCatalogProblems(entries), ...findVanishedUrls(await readPublishedUrls(manifestPath), entries)];
      if (problems.length > 0) throw new Error(formatCatalogProblems(problems));
    },
  };
}
