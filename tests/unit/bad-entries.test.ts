/**
 * Broken entries whose refusal is a pure rule: each fixture in tests/fixtures/catalogs/, laid over
 * the valid catalog, goes through the steps the content loader takes (file checks, Astro's
 * frontmatter parser, the schema, the catalog rules) without starting Astro. The cases that need
 * Astro itself (YAML errors, the wiring of each step) are in tests/build-errors/. The table of
 * every kind tried is tests/build-errors/README.md.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { z } from 'astro/zod';
import { describe, expect, test, vi } from 'vitest';
import { findCatalogProblems, formatCatalogProblems, type CatalogEntry, type CatalogProblem } from '../../src/lib/catalog-rules';
import {
  entryId,
  findEntryTextProblems,
  findFrontmatterProblems,
  findNonEntryProblem,
  isSystemFile,
} from '../../src/lib/entry-files';
import { projectRoot } from './content-files';

vi.mock('astro:content', () => ({
  defineCollection: <T>(collection: T) => collection,
  reference: (collection: string) => z.string().transform((id) => ({ id, collection })),
}));

const { collections } = await import('../../src/content.config');
const schema = collections.errors.schema as z.ZodType<CatalogEntry['data']>;
const fixturesRoot = join(projectRoot, 'tests/fixtures/catalogs');

/** The files of `valid` with the fixture's laid over them, by path under content/errors. */
function overlay(fixture: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const layer of ['valid', fixture]) {
    const dir = join(fixturesRoot, layer);
    for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!lstatSync(join(dir, path)).isDirectory()) files.set(path, join(dir, path));
    }
  }
  return files;
}

/** What the content loader would report for the fixture, formatted as the build prints it. */
function problemsOf(fixture: string): string {
  const fileProblems: CatalogProblem[] = [];
  const texts: Array<[filePath: string, id: string, text: string]> = [];
  for (const [path, file] of overlay(fixture)) {
    const filePath = `content/errors/${path}`;
    if (isSystemFile(filePath)) continue;
    const nonEntry = findNonEntryProblem(filePath, lstatSync(file).isSymbolicLink() ? 'symlink' : 'file');
    if (nonEntry) {
      fileProblems.push(nonEntry);
      continue;
    }
    const bytes = readFileSync(file);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    fileProblems.push(...findEntryTextProblems(filePath, text, bytes.byteLength));
    texts.push([filePath, entryId(path), text]);
  }
  if (fileProblems.length > 0) return formatCatalogProblems(fileProblems);

  const entries: CatalogEntry[] = [];
  for (const [filePath, id, text] of texts) {
    const { frontmatter, content } = parseFrontmatter(text);
    const problems = findFrontmatterProblems(filePath, frontmatter);
    if (problems.length > 0) return formatCatalogProblems(problems);
    const result = schema.safeParse(frontmatter);
    if (!result.success)
      return `${filePath}\n${result.error.issues.map((issue) => `**${issue.path.join('.')}**: ${issue.message}`).join('\n')}`;
    entries.push({ id, filePath, data: result.data, body: content });
  }
  const problems = findCatalogProblems(entries);
  return problems.length > 0 ? formatCatalogProblems(problems) : '';
}

describe('the fixtures laid over the valid catalog are what they claim', () => {
  test('valid has no problems', () => {
    expect(problemsOf('valid')).toBe('');
  });
});

describe('refused, naming the file and saying what to do', () => {
  test.each([
    ['status-out-of-range', 'content/errors/403/quota-exceeded.mdx', '**status**: must be an HTTP status code from 100 to 599'],
    [
      'missing-summary',
      'content/errors/403/quota-exceeded.mdx',
      '**summary**: is required: one sentence on when the gateway sends this error',
    ],
    ['unknown-category', 'content/errors/403/quota-exceeded.mdx', '**category**: must be one of: authentication,'],
    [
      'slug-mismatch',
      'content/errors/403/quota-exceeded.mdx',
      '**slug** is "quota-exhausted", but the file is named "quota-exceeded.mdx". Name the file quota-exhausted.mdx.',
    ],
    [
      'duplicate-slug',
      'content/errors/403/quota-exceeded-for-this-key.mdx',
      '**aliases** "quota-exceeded" gives the URL /403/quota-exceeded/, which content/errors/403/quota-exceeded.mdx already uses.',
    ],
    [
      'duplicate-message',
      'content/errors/403/quota-exceeded.mdx',
      '**message** status 403 with "Quota exceeded" is already covered by content/errors/403/quota-exceeded-again.mdx. Merge the two entries',
    ],
    ['missing-related', 'content/errors/403/quota-exceeded.mdx', '**related** "429/rate-limit-exceded" is not an entry.'],
    [
      'example-mismatch',
      'content/errors/403/quota-exceeded.mdx',
      '**example** must start with the status line "HTTP/1.1 403 …" (found "HTTP/1.1 429 Too Many Requests").',
    ],
    // The kinds the issue listed run through Astro in tests/build-errors/ too; here they are checked in milliseconds.
    ['tab-indentation', 'content/errors/403/quota-exceeded.mdx', '**line 13** is indented with a tab.'],
    ['unclosed-frontmatter', 'content/errors/403/quota-exceeded.mdx', '**frontmatter** is never closed'],
    ['yaml-alias-bomb', 'content/errors/403/quota-exceeded.mdx', '**frontmatter** uses YAML anchors and aliases'],
    ['byte-order-mark', 'content/errors/403/quota-exceeded.mdx', '**file** starts with a byte-order mark'],
    ['not-utf-8', 'content/errors/403/quota-exceeded.mdx', '**line 33** has bytes that are not UTF-8'],
    [
      'non-entry-files',
      'content/errors/403/quota-exceeded.markdown',
      '**file** is a Markdown file, and entries are MDX: rename it to quota-exceeded.mdx',
    ],
    ['message-only-format-verbs', 'content/errors/403/quota-exceeded.mdx', '**message**: needs at least 4 letters or digits'],
    ['message-surrounding-spaces', 'content/errors/403/quota-exceeded.mdx', '**message**: starts or ends with spaces.'],
    [
      'alias-equals-slug',
      'content/errors/403/quota-exceeded.mdx',
      '**aliases** "quota-exceeded" gives the URL /403/quota-exceeded/, which this entry already has',
    ],
    ['related-self', 'content/errors/403/quota-exceeded.mdx', '**related** lists this entry itself ("403/quota-exceeded").'],
    ['empty-file', 'content/errors/403/empty-entry.mdx', '**file** is empty. An entry starts with a `---` block of frontmatter'],
    ['no-frontmatter', 'content/errors/403/quota-exceeded.mdx', '**line 1** must be `---`, opening the YAML frontmatter'],
    ['toml-frontmatter', 'content/errors/403/quota-exceeded.mdx', '**line 1** must be `---`, opening the YAML frontmatter'],
    ['very-large-file', 'content/errors/403/quota-exceeded.mdx', '**file** is 72 KB; an entry is at most 64 KB.'],
    ['symlink', 'content/errors/403/linked-entry.mdx', '**file** is a symbolic link. Entries must be real files'],
    [
      'frontmatter-list',
      'content/errors/403/quota-exceeded.mdx',
      '**frontmatter** must be fields, one per line (`status: 403`), not a list',
    ],
    [
      'status-as-string',
      'content/errors/403/quota-exceeded.mdx',
      '**status**: must be an HTTP status code from 100 to 599 written as a number (403, not "403")',
    ],
    ['slug-uppercase', 'content/errors/403/quota-exceeded.mdx', '**slug**: must be lower-case kebab-case'],
    ['misspelt-field', 'content/errors/403/quota-exceeded.mdx', 'Unrecognized key: "sumary"'],
    [
      'control-character-in-message',
      'content/errors/403/quota-exceeded.mdx',
      '**message**: contains a control or invisible character (a newline, tab or zero-width space)',
    ],
    [
      'alias-collision',
      'content/errors/429/rate-limit-exceeded.mdx',
      '**aliases** "403/quota-has-been-exceeded" gives the URL /403/quota-has-been-exceeded/, which content/errors/403/quota-exceeded.mdx already uses.',
    ],
    [
      'alias-twice',
      'content/errors/403/quota-exceeded.mdx',
      '**aliases** "quota-has-been-exceeded" gives the URL /403/quota-has-been-exceeded/, which this entry already has',
    ],
    [
      'related-to-alias',
      'content/errors/429/rate-limit-exceeded.mdx',
      '**related** "403/quota-has-been-exceeded" is an alias of 403/quota-exceeded, not an entry. Use "403/quota-exceeded".',
    ],
    [
      'related-twice',
      'content/errors/429/rate-limit-exceeded.mdx',
      '**related** lists "403/quota-exceeded" twice. Remove the second one.',
    ],
    [
      'frontmatter-only',
      'content/errors/403/quota-exceeded.mdx',
      '**body** needs `## What it means` with two or three sentences; `## Why it happens` with one `### cause` heading per cause',
    ],
    [
      'missing-body-sections',
      'content/errors/403/quota-exceeded.mdx',
      '`## How to fix` with numbered steps (`1. …`). See content/README.md.',
    ],
    [
      'outside-status-folder',
      'content/errors/quota-exhausted.mdx',
      '**status** is 403, but the file is in the folder "errors". Move the file to content/errors/403/',
    ],
  ])('%s', (fixture, filePath, message) => {
    const problems = problemsOf(fixture);
    expect(problems).toContain(filePath);
    expect(problems).toContain(message);
  });
});

describe('accepted', () => {
  test('CRLF line endings, a summary of several short sentences, messages differing only in case, folder metadata', () => {
    expect(problemsOf('accepted-variants')).toBe('');
    const crlf = readFileSync(join(fixturesRoot, 'accepted-variants/403/quota-exceeded.mdx'), 'utf8');
    expect(crlf).toContain('\r\n');
    expect(parseFrontmatter(crlf).frontmatter['example']).toBe(
      parseFrontmatter(crlf.replace(/\r\n/g, '\n')).frontmatter['example'],
    );
  });
});
