import { describe, expect, test } from 'vitest';
import { partBundles, partsManifest, splitIntoParts } from '../../src/lib/search-index-parts';

describe('splitIntoParts', () => {
  const pages = (count: number) => Array.from({ length: count }, (_, page) => page);
  const sizes = (count: number, max: number) => splitIntoParts(pages(count), max).map((part) => part.length);

  test('a site under the limit is one part', () => {
    expect(sizes(379, 4000)).toEqual([379]);
    expect(sizes(4000, 4000)).toEqual([4000]);
  });

  test('above it: the fewest parts under the limit, as equal as they can be', () => {
    expect(sizes(4001, 4000)).toEqual([2001, 2000]);
    expect(sizes(10_079, 4000)).toEqual([3360, 3360, 3359]);
    expect(sizes(379, 150)).toEqual([127, 126, 126]);
  });

  test('deals the items in turn, so every part holds a share of every kind of page, each in order', () => {
    expect(splitIntoParts(pages(10), 4)).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
    expect(
      splitIntoParts(pages(10_079), 4000)
        .flat()
        .sort((a, b) => a - b),
    ).toEqual(pages(10_079));
  });

  test.each([0, -1, 1.5, Number.NaN])('refuses a limit of %s', (max) => {
    expect(() => splitIntoParts(pages(3), max)).toThrow(/at least one/);
  });
});

describe('the parts manifest', () => {
  test('lists every part after the main bundle, and nothing for one index', () => {
    expect(partsManifest(1)).toEqual({ parts: [] });
    expect(partsManifest(3)).toEqual({ parts: ['part-1/', 'part-2/'] });
  });

  test('is read back as bundle paths under the main one', () => {
    expect(partBundles(partsManifest(3), '/docs/pagefind/')).toEqual(['/docs/pagefind/part-1/', '/docs/pagefind/part-2/']);
    expect(partBundles({ parts: [] }, '/pagefind/')).toEqual([]);
  });

  test.each([null, [], 'part-1/', {}, { parts: 'part-1/' }])('refuses %j, which the build does not write', (manifest) => {
    expect(() => partBundles(manifest, '/pagefind/')).toThrow(/should be \{"parts"/);
  });

  test.each(['../elsewhere/', 'https://example.com/pagefind/', '/pagefind/', 'part-0/', 'part-1', 7])(
    'merges only folders named like parts, not %j',
    (part) => {
      expect(() => partBundles({ parts: ['part-1/', part] }, '/pagefind/')).toThrow(/not a part's folder/);
    },
  );
});
