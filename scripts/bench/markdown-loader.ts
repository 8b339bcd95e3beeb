/**
 * For `npm run bench` only: the catalog loader as it was when entries were Markdown (Astro's glob
 * loader and Markdown renderer), copied over src/loaders/error-catalog.ts in the Markdown copy of
 * a synthetic catalog, so MDX is measured against the stock Markdown pipeline in the same run.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { findCatalogProblems, findVanishedUrls, formatCatalogProblems, type CatalogEntry } from '../../src/lib/catalog-rules';

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
    pattern: '**/*.md',
    base,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
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
