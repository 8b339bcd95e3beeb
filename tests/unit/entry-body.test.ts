/**
 * Entry bodies are MDX rendered at content sync. A body without components must render exactly as
 * Astro's Markdown processor renders it (the compiler is pinned; this test catches an upgrade that
 * drifts), components render to plain HTML, and whatever an entry must not contain is refused with
 * its line.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { entryRehypePlugins } from '../../src/lib/markdown-options';
import { BodyError, renderBody, type BodyContext } from '../../src/lib/entry-body/render';
import { readCatalogFiles } from './content-files';

const context: BodyContext = {
  base: '/',
  entries: new Map([
    ['403/quota-exceeded', { status: 403, slug: 'quota-exceeded', message: 'Quota exceeded' }],
    ['tls/certificate-expired', { status: 'tls', slug: 'certificate-expired', message: 'certificate has expired' }],
  ]),
};

async function html(body: string, withContext: BodyContext = context): Promise<string> {
  return (await renderBody(body, 'content/errors/400/test.mdx', withContext)).html;
}

async function problems(body: string, withContext: BodyContext = context): Promise<string[]> {
  try {
    await renderBody(body, 'content/errors/400/test.mdx', withContext);
  } catch (error) {
    if (error instanceof BodyError) return error.problems.map(({ line, message }) => `${line}: ${message}`);
    throw error;
  }
  throw new Error('the body rendered without a problem');
}

describe('a body without components renders as Markdown would', () => {
  const usesComponents = /<[A-Z]/;
  const plain = readCatalogFiles().filter(({ body }) => !usesComponents.test(body.replace(/`[^`\n]*`|```[\s\S]*?```/g, '')));

  test('most of the catalog needs no component', () => {
    expect(plain.length).toBeGreaterThan(200);
  });

  test('every such entry gives the same HTML and headings as Astro’s Markdown processor with the site’s options', async () => {
    const markdown = await createMarkdownProcessor({
      syntaxHighlight: false,
      smartypants: false,
      rehypePlugins: [...entryRehypePlugins],
    });
    for (const { filePath, body } of plain) {
      const expected = await markdown.render(body);
      const actual = await renderBody(body, filePath, context);
      expect(actual.html, filePath).toBe(expected.code);
      expect(
        actual.headings.map(({ slug }) => slug),
        filePath,
      ).toEqual(expected.metadata.headings.map(({ slug }) => slug));
    }
  }, 180_000);

  test('escaped < and { render as the characters themselves', async () => {
    expect(await html('A \\<version> and \\{id}.')).toBe('<p>A &#x3C;version> and {id}.</p>');
  });
});

describe('components render to plain HTML', () => {
  test('Entry links to the permalink with status and message, under the base path', async () => {
    expect(await html('See <Entry id="403/quota-exceeded" />.', { ...context, base: '/docs/gateway-errors/' })).toBe(
      '<p>See <a href="/docs/gateway-errors/403/quota-exceeded/">403 <code>Quota exceeded</code></a>.</p>',
    );
    expect(await html('<Entry id="tls/certificate-expired" />')).toBe(
      '<p><a href="/tls/certificate-expired/">TLS <code>certificate has expired</code></a></p>',
    );
  });

  test('ConfigKey links tyk.conf options and API-definition fields to Tyk’s reference', async () => {
    expect(await html('Set <ConfigKey conf="http_server_options.enable_http2" value="true" />.')).toBe(
      '<p>Set <a href="https://tyk.io/docs/tyk-oss-gateway/configuration/#http_server_optionsenable_http2"><code>http_server_options.enable_http2: true</code></a>.</p>',
    );
    expect(await html('Set <ConfigKey classic="disable_quota" oas="middleware.global.skipQuota" />.')).toBe(
      '<p>Set <a href="https://tyk.io/docs/api-management/gateway-config-tyk-classic/"><code>disable_quota</code></a> (Tyk OAS <a href="https://tyk.io/docs/api-management/gateway-config-tyk-oas/"><code>middleware.global.skipQuota</code></a>).</p>',
    );
  });

  test('Since, Until, Flag and Callout', async () => {
    expect(await html('Sent <Since release="5.10.0" />, <Until release="5.3.13" />.')).toBe(
      '<p>Sent <span class="release-marker">since Tyk 5.10.0</span>, <span class="release-marker">until Tyk 5.3.13</span>.</p>',
    );
    expect(await html('Flag <Flag code="AKI" />.')).toBe('<p>Flag <a href="/flags/AKI/"><code>AKI</code></a>.</p>');
    expect(await html('<Callout type="warning">\n\nFirst.\n\nSecond `x`.\n\n</Callout>')).toBe(
      '<aside class="callout callout-warning" role="note"><p class="callout-title">Warning</p>\n<p>First.</p>\n<p>Second <code>x</code>.</p></aside>',
    );
  });

  test('a heading that holds a component gets its id from the rendered text', async () => {
    const { headings } = await renderBody('## When <ConfigKey conf="enable_jsvm" /> is off', 'x.mdx', context);
    expect(headings).toEqual([{ depth: 2, slug: 'when-enable_jsvm-is-off', text: 'When enable_jsvm is off' }]);
  });

  test('release and flag lists, when they exist, decide what is valid', async () => {
    const lists = { ...context, releases: new Set(['5.10.0']), flags: new Set(['AKI']) };
    expect(await problems('<Since release="5.9.0" />', lists)).toEqual([
      '1: <Since> release "5.9.0" is not in content/gateway-source/releases.yaml (known: 5.10.0).',
    ]);
    expect(await problems('\n<Flag code="XYZ" />', lists)).toEqual([
      '2: <Flag> flag "XYZ" is not in content/gateway-source/*/flags.tsv.',
    ]);
  });
});

describe('what an entry must not contain is refused with its line', () => {
  test.each([
    ['an import', 'Text.\n\nimport X from "./x.js"\n', '3: `import X from "./x.js"`: entries cannot import or export.'],
    ['an export', 'export const a = 1\n', '1: `export const a = 1`: entries cannot import or export.'],
    ['an expression', 'Two {1 + 1}.', '1: `{1 + 1}` is an MDX expression; entries cannot run code.'],
    [
      'an unknown component',
      '\n\n<Entri id="403/quota-exceeded" />',
      '3: <Entri> is not a component. Use one of: Entry, ConfigKey, Since, Until, Flag, Callout',
    ],
    [
      'a missing prop',
      '<Entry />',
      '1: <Entry> needs id: an entry id, "<status>/<slug>". Example: <Entry id="403/quota-exceeded" />',
    ],
    ['an unknown prop', '<Flag code="AKI" kind="x" />', '1: <Flag> has no prop "kind". Props: code.'],
    ['a wrong prop value', '<Callout type="tip">\n\nx\n\n</Callout>', '1: <Callout type="tip"> must be "note" or "warning".'],
    ['an expression prop', '<Flag code={"AKI"} />', '1: <Flag code={…}> cannot take an expression: give it as code="text".'],
    ['an entry that does not exist', 'See <Entry id="403/quota-exceded" />.', '1: <Entry> "403/quota-exceded" is not an entry.'],
    ['a script', '<script>alert(1)</script>', '1: <script> is raw HTML, which entries cannot contain.'],
    ['an iframe', 'x\n\n<iframe src="https://example.com" />', '3: <iframe> is raw HTML, which entries cannot contain.'],
    ['an img with onerror', '<img src="x" onerror="alert(1)" />', '1: <img> is raw HTML, which entries cannot contain.'],
    [
      'a meta refresh',
      '<meta http-equiv="refresh" content="0;url=https://example.com" />',
      '1: <meta> is raw HTML, which entries cannot contain.',
    ],
    ['a javascript: link', '[click](javascript:alert(1))', '1: the link target "javascript:alert(1)" is not allowed.'],
    ['a data: link', '\n[x](data:text/html,hi)', '2: the link target "data:text/html,hi" is not allowed.'],
    [
      'an image from another host',
      'x\n\n![diagram](https://cdn.example.net/flow.png)',
      '3: the image "https://cdn.example.net/flow.png" is on another host, and the site makes no requests to third-party hosts.',
    ],
    [
      'a protocol-relative image by reference',
      '![diagram][flow]\n\n[flow]: //cdn.example.net/flow.png',
      '1: the image "//cdn.example.net/flow.png" is on another host',
    ],
  ])('%s', async (_name, body, expected) => {
    expect((await problems(body)).join('\n')).toContain(expected);
  });

  test('a syntax error names the line and how to write < and { in prose', async () => {
    const [problem] = await problems('Fine.\n\nThe limit is <5 requests.');
    expect(problem).toMatch(/^3: MDX cannot parse this: .*Put it in backticks/);
  });

  test('http(s), site-relative and fragment links are fine', async () => {
    expect(await html('[a](https://tyk.io/docs/) [b](/403/) [c](#how-to-fix) [d](../x/)')).toContain(
      'href="https://tyk.io/docs/"',
    );
  });
});

describe('the Markdown twin of a body', () => {
  test('writes each component as Markdown and leaves the rest as written', async () => {
    const body =
      'See <Entry id="403/quota-exceeded" /> and set <ConfigKey classic="disable_quota" oas="middleware.global.skipQuota" value="true" />.\n\n<Callout type="note">\n\nOnly <Since release="5.10.0" />, flag <Flag code="QEX" />.\n\n</Callout>\n';
    expect((await renderBody(body, 'x.mdx', context)).markdown).toBe(
      'See [403 `Quota exceeded`](/403/quota-exceeded/) and set `disable_quota: true` (Tyk OAS `middleware.global.skipQuota: true`).\n\n> **Note**\n>\n> Only since Tyk 5.10.0, flag [`QEX`](/flags/QEX/).',
    );
  });
});
