/**
 * Loads content/statuses.yaml with Astro's file loader, but fails instead of carrying on when the
 * file cannot be parsed (the file loader only logs that, leaving every status undescribed).
 */
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';

export function statusDescriptionsLoader(path: string): Loader {
  const inner = file(path);
  return {
    name: 'status-descriptions',
    load: async (context) => {
      await inner.load(context);
      if (context.store.keys().length === 0) {
        throw new Error(`${path} could not be read or is empty. Check that it is valid YAML (quote text containing ": ").`);
      }
    },
  };
}
