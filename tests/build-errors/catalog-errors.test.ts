/**
 * A broken catalog must fail the build with one message naming the file, the field or line, and the
 * fix. Each case runs Astro's content layer (`astro sync`, where entry errors arise) on a fixture
 * from tests/fixtures/catalogs/ laid over the valid catalog; two need a full build. Every kind of
 * broken entry tried, and where it is tested, is listed in ./README.md.
 */
import { describe, expect, test } from 'vitest';
import { readBuiltPage, runFixture } from './build-fixture';

type Options = Parameters<typeof runFixture>[1];

async function expectFailure(fixture: string, expected: string[], options: Options = { over: 'valid' }) {
  const { ok, output } = await runFixture(fixture, options);
  expect(ok, output).toBe(false);
  for (const text of expected) expect(output).toContain(text);
}

const quotaEntry = 'content/errors/403/quota-exceeded.mdx';

describe('the fixtures pass where they should', () => {
  test('the valid fixture passes, so the cases below fail for their own reason', async () => {
    const { ok, output } = await runFixture('valid');
    expect(ok, output).toBe(true);
  });

  test('accepted: CRLF line endings, a summary of short sentences, a message differing only in case, .DS_Store', async () => {
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
    const rule = 'is not an entry: only <slug>.md or <slug>.mdx files belong in content/errors/<status>/';
    await expectFailure('non-entry-files', [
      'The error catalog has 4 problems',
      `content/errors/429/rate-limit-exceeded.MD\n    **file** ${rule}`,
      `content/errors/403/quota-exceeded.markdown\n    **file** ${rule}`,
      `content/errors/403/notes.txt\n    **file** ${rule}`,
      `content/errors/403/draft\n    **file** ${rule}`,
    ]);
  });
});

describe('a field that breaks the schema', () => {
  test('a status outside 100–599', async () => {
    await expectFailure('status-out-of-range', [quotaEntry, '**status**: must be an HTTP status code from 100 to 599']);
  });

  test('a missing field', async () => {
    await expectFailure('missing-summary', [
      quotaEntry,
      '**summary**: is required: one sentence on when the gateway sends this error',
    ]);
  });

  test('a value outside a fixed list', async () => {
    await expectFailure('unknown-category', [quotaEntry, '**category**: must be one of: authentication,']);
  });

  test('a message made only of format verbs', async () => {
    await expectFailure('message-only-format-verbs', [
      quotaEntry,
      '**message**: needs at least 4 letters or digits besides its format verbs (%s, %v, …)',
    ]);
  });

  test('leading or trailing spaces in a message are refused, not trimmed', async () => {
    await expectFailure('message-surrounding-spaces', [
      quotaEntry,
      '**message**: starts or ends with spaces. Messages are byte-exact and never trimmed',
    ]);
  });
});

describe('a rule across the catalog', () => {
  test('a status that disagrees with its folder', async () => {
    await expectFailure(
      'wrong-folder',
      [
        'content/errors/401/quota-exceeded.mdx',
        '**status** is 403, but the file is in the folder "401". Move the file to content/errors/403/, or correct the status.',
      ],
      {},
    );
  });

  test('a slug that disagrees with its file name', async () => {
    await expectFailure('slug-mismatch', [
      quotaEntry,
      '**slug** is "quota-exhausted", but the file is named "quota-exceeded.mdx". Name the file quota-exhausted.mdx.',
    ]);
  });

  test('two entries claiming the same URL', async () => {
    await expectFailure('duplicate-slug', [
      '**aliases** "quota-exceeded" gives the URL /403/quota-exceeded/, which content/errors/403/quota-exceeded.mdx already uses.',
    ]);
  });

  test('an alias equal to the entry’s own slug', async () => {
    await expectFailure('alias-equals-slug', [
      quotaEntry,
      '**aliases** "quota-exceeded" gives the URL /403/quota-exceeded/, which this entry already has',
      'Remove it',
    ]);
  });

  test('two entries with the same status and message', async () => {
    await expectFailure('duplicate-message', [
      '**message** status 403 with "Quota exceeded" is already covered by content/errors/403/',
      'Merge the two entries',
    ]);
  });

  test('a related entry that does not exist', async () => {
    await expectFailure('missing-related', [quotaEntry, '**related** "429/rate-limit-exceded" is not an entry.']);
  });

  test('an entry listing itself in related', async () => {
    await expectFailure('related-self', [quotaEntry, '**related** lists this entry itself ("403/quota-exceeded"). Remove it']);
  });

  test('an example response whose status line disagrees', async () => {
    await expectFailure('example-mismatch', [
      quotaEntry,
      '**example** must start with the status line "HTTP/1.1 403 …" (found "HTTP/1.1 429 Too Many Requests").',
    ]);
  });

  test('a status code with no description', async () => {
    await expectFailure(
      'missing-status-description',
      ['content/statuses.yaml has no description for status 418, used by entries in content/errors/.'],
      { command: 'build' },
    );
  });
});

describe('published URLs are forever', () => {
  test('a URL in the manifest that is no longer built fails the build', async () => {
    await expectFailure('vanished-url', [
      'content/published-urls.txt',
      '**/403/quota-used-up/** was published and is no longer built. If you renamed the entry or changed its status, add the old address to its aliases',
    ]);
  });
});

describe('entry content cannot inject script', () => {
  test('markup in frontmatter renders escaped on the permalink page', async () => {
    const { ok, output } = await runFixture('hostile', { command: 'build' });
    expect(ok, output).toBe(true);
    const html = readBuiltPage('hostile', '403/hostile-entry/index.html');
    // Inside a double-quoted attribute nothing can open a tag; everywhere else no markup may survive.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<script>alert|<img src=x|<svg onload|<style>body/);
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('&lt;script&gt;alert(&quot;message&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(&quot;title&quot;)&gt;');
    const statusPage = readBuiltPage('hostile', '403/index.html').replace(/="[^"]*"/g, '=""');
    expect(statusPage).not.toMatch(/<script>alert|<img src=x/);
  });
});

describe('an MDX body is prose, code and the catalog’s components: anything else is an author error', () => {
  const at = 'content/errors/403/quota-exceeded.mdx:45';
  test.each([
    [
      'a syntax error',
      'mdx-syntax-error',
      'MDX cannot parse this: Unexpected character `5` (U+0035) before name',
      'escape it with a backslash (\\< or \\{)',
    ],
    [
      'an unknown component',
      'mdx-unknown-component',
      '<Entri> is not a component. Use one of: Entry, ConfigKey, Since, Until, Flag, Callout',
    ],
    [
      'a missing prop',
      'mdx-missing-prop',
      '<Entry> needs id: an entry id, "<status>/<slug>". Example: <Entry id="403/quota-exceeded" />',
    ],
    ['a wrong prop', 'mdx-wrong-prop', '<Callout type="tip"> must be "note" or "warning".'],
    [
      'an import',
      'mdx-import',
      'entries cannot import or export. Components (Entry, ConfigKey, Since, Until, Flag, Callout) are available in every entry without an import',
    ],
    ['a cross-link to an entry that does not exist', 'mdx-missing-entry', '<Entry> "429/rate-limit-exceded" is not an entry.'],
    ['a <script>', 'raw-html-script', '<script> is raw HTML, which entries cannot contain.'],
    ['an <iframe>', 'raw-html-iframe', '<iframe> is raw HTML, which entries cannot contain.'],
    ['an <img onerror>', 'raw-html-img-onerror', '<img> is raw HTML, which entries cannot contain.'],
    ['a <meta http-equiv="refresh">', 'raw-html-meta-refresh', '<meta> is raw HTML, which entries cannot contain.'],
    [
      'a javascript: link',
      'javascript-link',
      'the link target "javascript:alert(1)" is not allowed. Links go to http(s) URLs or to paths on this site',
    ],
  ])('%s fails content sync naming the file and line', (_name, fixture, ...expected) => {
    expectFailure(fixture, [at, '**body**', ...expected]);
  });
});
