/**
 * Indexes the built site with Pagefind's Node API once Astro has written it. Any indexing error
 * fails the build: a site whose search is broken must not ship.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pages handed to Pagefind at a time. */
const pagesAtOnce = 8;

/**
 * Adds every HTML page a few at a time. Pagefind's addDirectory reads and parses every page at once,
 * which held about 1 GB at 10,000 entries while Astro's own process was still resident.
 */
async function addPages(index: pagefind.PagefindIndex, outputPath: string): Promise<{ errors: string[]; page_count: number }> {
  const pages = (await readdir(outputPath, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
  const errors: string[] = [];
  for (let start = 0; start < pages.length; start += pagesAtOnce) {
    const results = await Promise.all(
      pages
        .slice(start, start + pagesAtOnce)
        .map(async (sourcePath) =>
          index.addHTMLFile({ sourcePath, content: await readFile(join(outputPath, sourcePath), 'utf8') }),
        ),
    );
    errors.push(...results.flatMap((result) => result.errors));
  }
  return { errors, page_count: pages.length };
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { errors, page_count } = await addPages(index, outputPath);
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
