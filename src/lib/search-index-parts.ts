/**
 * A search index in parts: Pagefind's memory while it builds an index grows with the number of pages
 * (about 1.5 GB at 10,000), so a large site is indexed in parts of at most a few thousand pages, each by
 * its own Pagefind process, and the browser merges them with Pagefind's `mergeIndex`. Part 0 is the
 * ordinary bundle at `pagefind/`; the others are bundles under it (`pagefind/part-1/`, …), listed in
 * `pagefind/parts.json` (`{"parts": ["part-1/", …]}`, an empty list for a site indexed whole), which the
 * build writes and the search reads. Parts live under the main bundle so the site has one search folder;
 * Pagefind skips only a merge whose path starts the main bundle's path, which a part's longer path never does.
 */

export const partsManifestFile = 'parts.json';

export interface PartsManifest {
  /** The other parts' bundles, relative to the main bundle's folder, e.g. `part-1/`. */
  parts: string[];
}

/** The folder, inside the main bundle, of part `number` (1 and up; part 0 is the main bundle). */
export const partFolder = (number: number): string => `part-${number}/`;

const partFolderPattern = /^part-[1-9][0-9]*\/$/;

/**
 * Deals `items` into the fewest parts of at most `maxPerPart`, in turn (item i to part i mod n), so the
 * parts are as equal as they can be (10,079 pages at 4,000 a part: 3,360, 3,360 and 3,359) and each holds
 * a share of every status and kind of page: Pagefind ranks a part's pages by that part's own word
 * statistics, which stay close to the whole site's, and keeps pages without `data-pagefind-body` out only
 * when the part has some page with it. Each part keeps the items' order.
 */
export function splitIntoParts<T>(items: readonly T[], maxPerPart: number): T[][] {
  if (!Number.isInteger(maxPerPart) || maxPerPart < 1) throw new Error(`A part holds at least one item, not ${maxPerPart}.`);
  const partCount = Math.max(1, Math.ceil(items.length / maxPerPart));
  const parts: T[][] = Array.from({ length: partCount }, () => []);
  items.forEach((item, index) => parts[index % partCount]!.push(item));
  return parts;
}

/** The manifest for an index written in `partCount` parts. */
export const partsManifest = (partCount: number): PartsManifest => ({
  parts: Array.from({ length: partCount - 1 }, (_, part) => partFolder(part + 1)),
});

/**
 * The bundles to merge into the main one, as paths (`<bundle>part-1/`), from the manifest's JSON. Throws,
 * saying what is wrong, on anything the build does not write: only folders named like parts, under the
 * main bundle, are ever merged.
 */
export function partBundles(manifest: unknown, bundle: string): string[] {
  const parts = (manifest as Partial<PartsManifest> | null)?.parts;
  if (typeof manifest !== 'object' || !Array.isArray(parts)) {
    throw new Error(`${partsManifestFile} should be {"parts": ["part-1/", …]}, not ${JSON.stringify(manifest)}`);
  }
  const wrong = parts.find((part) => typeof part !== 'string' || !partFolderPattern.test(part));
  if (wrong !== undefined)
    throw new Error(`${partsManifestFile} lists ${JSON.stringify(wrong)}, not a part's folder (part-1/, …)`);
  return [...new Set(parts as string[])].map((part) => `${bundle}${part}`);
}
