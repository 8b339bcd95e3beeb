/** A broken catalog must fail the build with one message naming the file, the field and the fix. */
import { describe, expect, test } from 'vitest';
import { buildFixtureCatalog, readBuiltPage } from './build-fixture';

function expectFailure(fixture: string, expected: string[], command: 'sync' | 'build' = 'sync') {
  const { exitCode, output } = buildFixtureCatalog(fixture, command);
  expect(exitCode, output).not.toBe(0);
  for (const text of expected) expect(output).toContain(text);
}

describe('a broken catalog fails the build', () => {
  test('the valid fixture passes, so the cases below fail for their own reason', () => {
    const { exitCode, output } = buildFixtureCatalog('valid');
    expect(exitCode, output).toBe(0);
  });

  test('a status outside 100–599', () => {
    expectFailure('status-out-of-range', [
      'content/errors/403/quota-exceeded.mdx',
      'status: must be an HTTP status code from 100 to 599, or `tls` for a TLS handshake failure',
    ]);
  });

  test('a missing field', () => {
    expectFailure('missing-summary', [
      'content/errors/403/quota-exceeded.mdx',
      'summary: is required: one sentence on when the gateway sends this error',
    ]);
  });

  test('a value outside a fixed list', () => {
    expectFailure('unknown-category', ['content/errors/403/quota-exceeded.mdx', 'category: must be one of: authentication,']);
  });

  test('a status that disagrees with its folder', () => {
    expectFailure('wrong-folder', [
      'content/errors/401/quota-exceeded.mdx',
      '**status** is 403, but the file is in the folder "401". Move the file to content/errors/403/, or correct the status.',
    ]);
  });

  test('a slug that disagrees with its file name', () => {
    expectFailure('slug-mismatch', [
      'content/errors/403/quota-exceeded.mdx',
      '**slug** is "quota-exhausted", but the file is named "quota-exceeded.mdx". Name the file quota-exhausted.mdx.',
    ]);
  });

  test('two entries claiming the same URL', () => {
    expectFailure('duplicate-slug', [
      '**aliases** "quota-exceeded" gives the URL /403/quota-exceeded/, which content/errors/403/quota-exceeded.mdx already uses.',
    ]);
  });

  test('two entries with the same status and message', () => {
    expectFailure('duplicate-message', [
      '**message** status 403 with "Quota exceeded" is already covered by content/errors/403/',
      'Merge the two entries',
    ]);
  });

  test('a related entry that does not exist', () => {
    expectFailure('missing-related', [
      'content/errors/403/quota-exceeded.mdx',
      '**related** "429/rate-limit-exceded" is not an entry.',
    ]);
  });

  test('an example response whose status line disagrees', () => {
    expectFailure('example-mismatch', [
      'content/errors/403/quota-exceeded.mdx',
      '**example** must start with the status line "HTTP/1.1 403 …" (found "HTTP/1.1 429 Too Many Requests").',
    ]);
  });

  test('a status code with no description', () => {
    expectFailure(
      'missing-status-description',
      ['content/statuses.yaml has no description for status 418, used by entries in content/errors/.'],
      'build',
    );
  });
});

describe('published URLs are forever', () => {
  test('a URL in the manifest that is no longer built fails the build', () => {
    expectFailure('vanished-url', [
      'content/published-urls.txt',
      '**/403/quota-used-up/** was published and is no longer built. If you renamed the entry or changed its status, add the old address to its aliases',
    ]);
  });
});

describe('entry content cannot inject script', () => {
  test('markup in frontmatter renders escaped on the permalink page', () => {
    const { exitCode, output } = buildFixtureCatalog('hostile', 'build');
    expect(exitCode, output).toBe(0);
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
