/**
 * For `npm run bench` only: the catalog loader as it was when entries were Markdown (Astro's glob
 * loader and Markdown renderer), copied over src/loaders/error-catalog.ts in the Markdown copy of
 * a synthetic catalog, so MDX is measured against the stock Markdown pipeline in the same run.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { findCatalogProblems, findVanishedUrls, formatCatalogProblems, type CatalogEntry } from '../../src/lib/catalog-rules';
import { readPublishedUrls } from '../../src/loaders/published-urls';

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
      // The catalog's rules name entry files `<slug>.mdx`; this copy holds the same entries as `.md`.
      const entries = ([...context.store.values()] as unknown as CatalogEntry[]).map((entry) => ({
        ...entry,
        filePath: entry.filePath.replace(/\.md$/, '.mdx'),
      }));
      const problems = [...findCatalogProblems(entries), ...findVanishedUrls(await readPublishedUrls(manifestPath), entries)];
      if (problems.length > 0) throw new Error(formatCatalogProblems(problems));
    },
  };
}
