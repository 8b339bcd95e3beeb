/**
 * `node scripts/search-index.ts <outDir>`: indexes the built site with Pagefind's Node API, run by the
 * build scripts after `astro build` has exited. Inside Astro's `astro:build:done` hook the two peaks
 * added up (at 10,000 entries Astro's process still held 0.9-1.1 GB while Pagefind built its index in
 * 1.2-1.3 GB); one after the other, the build peaks at the larger of the two. Any indexing error, or a
 * site with no pages, fails the build: a site whose search is broken must not ship.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pages handed to Pagefind at a time: addDirectory reads and parses every page at once. */
const pagesAtOnce = 8;

/** Adds every HTML page a few at a time, in path order (the order decides Pagefind's page numbers). */
async function addPages(index: pagefind.PagefindIndex, outputPath: string): Promise<{ errors: string[]; pageCount: number }> {
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
  return { errors, pageCount: pages.length };
}

const outputPath = process.argv[2];
if (!outputPath) throw new Error('Usage: node scripts/search-index.ts <the built site, e.g. dist>');
const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
try {
  const { errors, pageCount } = await addPages(index, outputPath);
  if (errors.length > 0) throw new Error(`Pagefind failed to index ${outputPath}: ${errors.join('; ')}`);
  if (pageCount === 0) throw new Error(`Pagefind found no pages to index in ${outputPath}: run astro build first.`);
  const written = await index.writeFiles({ outputPath: join(outputPath, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
  console.log(`Indexed ${pageCount} pages of ${outputPath} for search.`);
} finally {
  await pagefind.close();
}
