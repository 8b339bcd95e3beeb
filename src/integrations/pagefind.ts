/**
 * Indexes the built site with Pagefind's Node API once Astro has written it. Any indexing error
 * fails the build: a site whose search is broken must not ship.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { errors, page_count } = await index.addDirectory({ path: outputPath });
          if (errors.length > 0) throw new Error(`Pagefind failed to index the site: ${errors.join('; ')}`);
          if (page_count === 0) throw new Error('Pagefind found no pages to index in the built site.');
          const written = await index.writeFiles({ outputPath: `${outputPath}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
