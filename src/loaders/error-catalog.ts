/**
 * The content-layer loader for the error catalog: Astro's glob loader, with ids taken from the file
 * path (`403/key-not-authorised`) so no entry can silently replace another, followed by the
 * catalog-wide rules. A broken catalog fails `astro sync`, `astro check` and `astro build` alike.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { findCatalogProblems, formatCatalogProblems, type CatalogEntry } from '../lib/catalog-rules';

export function errorCatalogLoader(base: string): Loader {
  const files = glob({
    pattern: '**/*.mdx',
    base,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return {
    name: 'error-catalog',
    load: async (context) => {
      await files.load(context);
      const entries = [...context.store.values()] as unknown as CatalogEntry[];
      const problems = findCatalogProblems(entries);
      if (problems.length > 0) throw new Error(formatCatalogProblems(problems));
    },
  };
}
