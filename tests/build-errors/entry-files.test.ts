/**
 * A file that cannot be read as an entry fails `astro sync` with one message naming the file, the line
 * where there is one, and the fix. Each case runs Astro's content layer on a fixture from
 * tests/fixtures/catalogs/ laid over the valid catalog. Every kind tried is listed in ./README.md.
 */
import { describe, expect, test } from 'vitest';
import { expectFailure, quotaEntry, runFixture } from './build-fixture';

describe('the valid fixture passes, so the cases below fail for their own reason', () => {
  test('the valid catalog passes, with accepted variants: CRLF line endings, a summary of short sentences, a message differing only in case, .DS_Store', async () => {
    const { ok, output } = await runFixture('accepted-variants', { over: 'valid' });
    expect(ok, output).toBe(true);
  });
});

describe('a file that cannot be read as an entry is refused by name', () => {
  test('a YAML syntax error', async () => {
    await expectFailure('yaml-syntax-error', [quotaEntry, '**line 27** is not valid YAML (bad indentation', 'close every quote']);
  });

  test('a duplicate YAML key', async () => {
    await expectFailure('duplicate-yaml-key', [
      quotaEntry,
      '**line 7** is not valid YAML (duplicated mapping key). A field appears twice: keep one and delete or merge the other.',
    ]);
  });

  test('a Markdown (.md) entry is refused with the rename to make', async () => {
    await expectFailure('markdown-entry', [
      'content/errors/403/other-entry.md',
      '**file** is a Markdown file, and entries are MDX: rename it to other-entry.mdx',
    ]);
  });

  test('tab indentation in frontmatter', async () => {
    await expectFailure('tab-indentation', [quotaEntry, '**line 13** is indented with a tab. YAML allows only spaces']);
  });

  test('a missing closing ---', async () => {
    await expectFailure('unclosed-frontmatter', [
      quotaEntry,
      '**frontmatter** is never closed: add a line with only `---` after the last field',
    ]);
  });

  test('a YAML alias bomb', async () => {
    await expectFailure('yaml-alias-bomb', [quotaEntry, '**frontmatter** uses YAML anchors and aliases (`&name`, `*name`).']);
  });

  test('a UTF-8 byte-order mark', async () => {
    await expectFailure('byte-order-mark', [
      quotaEntry,
      '**file** starts with a byte-order mark',
      'Save the file as UTF-8 without a BOM.',
    ]);
  });

  test('bytes that are not UTF-8', async () => {
    await expectFailure('not-utf-8', [quotaEntry, '**line 33** has bytes that are not UTF-8', 'Save the file as UTF-8']);
  });

  test('files that are not entries: .MD, .markdown, .txt and a stray file, all named', async () => {
    const rule = 'is not an entry: only <slug>.mdx files belong in content/errors/<status>/';
    const rename = 'is a Markdown file, and entries are MDX: rename it to';
    await expectFailure('non-entry-files', [
      'The error catalog has 4 problems',
      `content/errors/429/rate-limit-exceeded.MD\n    **file** ${rename} rate-limit-exceeded.mdx`,
      `content/errors/403/quota-exceeded.markdown\n    **file** ${rename} quota-exceeded.mdx`,
      `content/errors/403/notes.txt\n    **file** ${rule}`,
      `content/errors/403/draft\n    **file** ${rule}`,
    ]);
  });
});
