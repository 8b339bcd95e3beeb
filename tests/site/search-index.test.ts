/**
 * The search index on disk: the site (dist) is indexed whole; the sub-path build (dist-base, indexed in
 * parts of at most 150 pages by package.json's build:base) is in parts that together hold the same pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { partsManifestFile } from '../../src/lib/search-index-parts';
import { distDir } from './built-site';
import { readIndexParts } from './search-index-parts';

const distBaseDir = resolve(distDir, '../dist-base');
const pagesPerIndexInTest = 150;
const urls = (dir: string) => readIndexParts(dir).flatMap((part) => part.pages.map((page) => page.url));

describe('search index', () => {
  test('the site is one index: an empty parts list and no part folders', () => {
    expect(readIndexParts(distDir)).toHaveLength(1);
    expect(readdirSync(join(distDir, 'pagefind')).filter((name) => name.startsWith('part-'))).toEqual([]);
  });

  test('the sub-path build is in parts, each a whole bundle of at most the limit', () => {
    const parts = readIndexParts(distBaseDir);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.map((part) => part.bundle)).toEqual([
      'pagefind/',
      ...parts.slice(1).map((_, part) => `pagefind/part-${part + 1}/`),
    ]);
    for (const { bundle } of parts) {
      expect(existsSync(join(distBaseDir, bundle, 'pagefind-entry.json')), bundle).toBe(true);
      expect(
        readdirSync(join(distBaseDir, bundle)).some((file) => file.endsWith('.pf_meta')),
        bundle,
      ).toBe(true);
      expect(existsSync(join(distBaseDir, bundle, partsManifestFile)), bundle).toBe(bundle === 'pagefind/');
    }
    const sizes = parts.map((part) => part.pages.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(pagesPerIndexInTest);
    // Equal in HTML files; alias redirect pages are not indexed, so their pages are not quite equal.
    expect(Math.min(...sizes)).toBeGreaterThan(0);
  });

  test('the parts hold every page the whole index holds, each once', () => {
    const inParts = urls(distBaseDir);
    expect(new Set(inParts).size).toBe(inParts.length);
    expect([...inParts].sort()).toEqual([...urls(distDir)].sort());
  });
});
