/**
 * An entry that breaks the schema or a rule across the catalog fails the build with one message naming
 * the file, the field and the fix. Each case runs Astro's content layer (`astro sync`, where entry
 * errors arise) on a fixture from tests/fixtures/catalogs/ laid over the valid catalog; two need a full
 * build. Every kind tried is listed in ./README.md. (A second file, so the cases run on two cores.)
 */
import { describe, expect, test } from 'vitest';
import { expectFailure, quotaEntry, readBuiltPage, runFixture } from './build-fixture';

describe('a field that breaks the schema (more cases in tests/unit/bad-entries.test.ts)', () => {
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

describe('a rule across the catalog (more cases in tests/unit/bad-entries.test.ts)', () => {
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

  test('an alias equal to the entry’s own slug', async () => {
    await expectFailure('alias-equals-slug', [
      quotaEntry,
      '**aliases** "quota-exceeded" gives the URL /403/quota-exceeded/, which this entry already has',
      'Remove it',
    ]);
  });

  test('an entry listing itself in related', async () => {
    await expectFailure('related-self', [quotaEntry, '**related** lists this entry itself ("403/quota-exceeded"). Remove it']);
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
    [
      'an image from another host',
      'offsite-image',
      'the image "https://cdn.example.net/quota-flow.png" is on another host, and the site makes no requests to third-party hosts. Put the image in public/',
    ],
  ])('%s fails content sync naming the file and line', (_name, fixture, ...expected) => {
    expectFailure(fixture, [at, '**body**', ...expected]);
  });
});
