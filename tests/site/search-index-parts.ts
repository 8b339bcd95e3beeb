/**
 * A built site's Pagefind index, read back part by part: each part's bundle (the main one, then those
 * `pagefind/parts.json` lists) and the pages in it, from its fragments (gzip, then Pagefind's signature,
 * then the page's JSON).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { partBundles, partsManifestFile } from '../../src/lib/search-index-parts';

export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
}

export interface IndexPart {
  /** The bundle's folder under the site, e.g. `pagefind/` or `pagefind/part-1/`. */
  bundle: string;
  pages: IndexedPage[];
}

const signature = 'pagefind_dcd';

function readFragment(file: string): IndexedPage {
  const data = gunzipSync(readFileSync(file)).toString('utf8');
  if (!data.startsWith(signature)) throw new Error(`${file} is not a Pagefind fragment`);
  return JSON.parse(data.slice(signature.length)) as IndexedPage;
}

export function readIndexParts(siteDir: string): IndexPart[] {
  const manifest: unknown = JSON.parse(readFileSync(join(siteDir, 'pagefind', partsManifestFile), 'utf8'));
  return ['pagefind/', ...partBundles(manifest, 'pagefind/')].map((bundle) => {
    const fragments = join(siteDir, bundle, 'fragment');
    return {
      bundle,
      pages: readdirSync(fragments)
        .sort()
        .map((file) => readFragment(join(fragments, file))),
    };
  });
}
