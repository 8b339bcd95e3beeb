/**
 * `node scripts/search-index.ts <outDir>`: indexes the built site with Pagefind's Node API, run by the
 * build scripts after `astro build` has exited. Inside Astro's `astro:build:done` hook the two peaks
 * added up (at 10,000 entries Astro's process still held 0.9-1.1 GB while Pagefind built its index in
 * 1.2-1.3 GB); one after the other, the build peaks at the larger of the two. Any indexing error, or a
 * site with no pages, fails the build: a site whose search is broken must not ship.
 *
 * Pagefind's process grows with the pages it indexes (1.3-1.6 GB at 10,000 pages, most of it while it
 * builds the index from every page at once), so above `pagesPerIndex` pages the site is indexed in equal
 * parts, each by a Pagefind process of its own, and the browser merges them (src/lib/search-index-parts.ts).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { partFolder, partsManifest, partsManifestFile, splitIntoParts } from '../src/lib/search-index-parts.ts';

/** Pages handed to Pagefind at a time: addDirectory reads and parses every page at once. */
const pagesAtOnce = 8;

/**
 * Pages one Pagefind process indexes at most: about 0.7 GB for 3,360 pages, under Astro's own peak of
 * about 1.15 GB at 10,000 entries. SEARCH_PAGES_PER_INDEX overrides it (the sub-path test build uses it
 * to be split).
 */
const defaultPagesPerIndex = 4000;

function pagesPerIndex(): number {
  const setting = process.env['SEARCH_PAGES_PER_INDEX'];
  if (setting === undefined || setting === '') return defaultPagesPerIndex;
  const pages = Number(setting);
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(`SEARCH_PAGES_PER_INDEX should be a whole number of pages (at least 1), not "${setting}".`);
  }
  return pages;
}

/**
 * What a merged part needs: its entry file, metadata and chunks. Pagefind writes its scripts, styles and
 * WebAssembly into every bundle, but merges a part with the main bundle's (`load_wasm: false`).
 */
const partKeeps = (file: string) =>
  file === 'pagefind-entry.json' || file.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(file);

/** Indexes `pages` (paths under `outputPath`, in order: it decides Pagefind's page numbers) into `bundlePath`. */
async function indexPart(outputPath: string, pages: string[], bundlePath: string, name: string): Promise<void> {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
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
    if (errors.length > 0) throw new Error(`Pagefind failed to index ${name} of ${outputPath}: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundlePath });
    if (written.errors.length > 0) throw new Error(`Pagefind failed to write ${name}: ${written.errors.join('; ')}`);
  } finally {
    // Ends Pagefind's process and the memory it holds; the next part starts a new one.
    await pagefind.close();
  }
}

const outputPath = process.argv[2];
if (!outputPath) throw new Error('Usage: node scripts/search-index.ts <the built site, e.g. dist>');
const pages = (await readdir(outputPath, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
if (pages.length === 0) throw new Error(`Pagefind found no pages to index in ${outputPath}: run astro build first.`);
const parts = splitIntoParts(pages, pagesPerIndex());
const bundlePath = join(outputPath, 'pagefind');
// A bundle left by an earlier run (its parts, its hashed files) goes: the site gets exactly this run's index.
await rm(bundlePath, { recursive: true, force: true });
for (const [number, part] of parts.entries()) {
  if (number === 0) {
    await indexPart(outputPath, part, bundlePath, parts.length === 1 ? 'the site' : 'part 0 (the main bundle)');
    continue;
  }
  const partPath = join(bundlePath, partFolder(number));
  await indexPart(outputPath, part, partPath, `part ${number}`);
  for (const file of await readdir(partPath)) if (!partKeeps(file)) await rm(join(partPath, file), { recursive: true });
}
// Written once every part is in, so it names only bundles that exist; one index: an empty list.
await writeFile(join(bundlePath, partsManifestFile), `${JSON.stringify(partsManifest(parts.length))}\n`);
console.log(
  parts.length === 1
    ? `Indexed ${pages.length} pages of ${outputPath} for search.`
    : `Indexed ${pages.length} pages of ${outputPath} for search, in ${parts.length} parts of at most ${Math.max(...parts.map((part) => part.length))} pages.`,
);
