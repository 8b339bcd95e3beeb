/** The committed manifest of published URLs is complete and its rules hold. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findVanishedUrls } from '../../src/lib/catalog-rules';
import { aliasPath, publishedPaths } from '../../src/lib/urls';
import { projectRoot, readCatalogFiles } from './content-files';

const manifest = readFileSync(join(projectRoot, 'content/published-urls.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

const entries = readCatalogFiles().map(({ frontmatter }) => ({
  data: {
    status: frontmatter['status'] as number | 'tls',
    slug: frontmatter['slug'] as string,
    aliases: (frontmatter['aliases'] as string[] | undefined) ?? [],
  },
}));

describe('published URLs', () => {
  test('every URL the catalog publishes is recorded (run `npm run urls:record` after adding an entry)', () => {
    const recorded = new Set(manifest);
    expect(publishedPaths(entries).filter((path) => !recorded.has(path))).toEqual([]);
  });

  test('the manifest is sorted and has no duplicates', () => {
    expect(manifest).toEqual([...new Set(manifest)].sort());
  });

  test('aliases keep the status unless they name another', () => {
    expect(aliasPath(403, 'old-slug')).toBe('/403/old-slug/');
    expect(aliasPath(403, '400/old-slug')).toBe('/400/old-slug/');
  });

  test('a URL that disappears is reported with what to do; a renamed entry with an alias is not', () => {
    const renamed = [
      {
        id: '403/new',
        filePath: 'content/errors/403/new.mdx',
        data: { status: 403 as const, slug: 'new', message: 'm', aliases: ['old'], related: [], example: '' },
      },
    ];
    expect(findVanishedUrls(['/403/', '/403/old/', '/403/new/'], renamed)).toEqual([]);
    const [problem] = findVanishedUrls(['/403/gone/'], renamed);
    expect(problem?.field).toBe('/403/gone/');
    expect(problem?.message).toMatch(/add the old address to its aliases/);
  });
});
