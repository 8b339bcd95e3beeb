/**
 * The operator's view in the built site: every flag of the newest release has a page that leads to
 * entries or says why none, every flag an entry lists has its anchor there, and the machine-readable
 * outputs carry logs, flags and error IDs. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { causeAnchor } from '../../src/lib/operator-source';
import { parseTsv } from '../../src/lib/tsv';
import { catalog, pathOf } from '../e2e/catalog';
import { distDir } from './built-site';

const flagCodes = parseTsv(
  readFileSync(resolve(import.meta.dirname, '../../content/gateway-source/v5.14.0/flags.tsv'), 'utf8'),
).map((row) => row['code']!);
const htmlAt = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');

describe('flag pages', () => {
  test('every flag in classification.go at v5.14.0 is listed on /flags/ with its own page', () => {
    const index = htmlAt('flags');
    expect(flagCodes).toHaveLength(36);
    for (const code of flagCodes) {
      expect(index, code).toContain(`data-flag-row="${code}"`);
      expect(htmlAt(`flags/${code}`), code).toContain(`<span class="font-mono">${code}</span>`);
    }
  });

  test('every flag page leads to at least one entry, or says why none', () => {
    const withoutEntry = flagCodes.filter((code) => !catalog.some((entry) => entry.flags.some((flag) => flag.code === code)));
    for (const code of flagCodes) {
      const html = htmlAt(`flags/${code}`);
      if (withoutEntry.includes(code)) expect(html, code).toMatch(/data-no-entry-reason>\s*The /);
      else expect(html, code).not.toContain('data-no-entry-reason');
    }
    expect(withoutEntry).toEqual(['URS']);
  });
});

describe('entry pages', () => {
  test('each flag an entry lists has an anchor named after it', () => {
    const entries = catalog.filter((entry) => entry.flags.length > 0);
    expect(entries.length).toBeGreaterThan(30);
    for (const entry of entries) {
      const html = htmlAt(pathOf(entry));
      for (const flag of entry.flags) {
        expect(html, `${entry.url} #${flag.code.toLowerCase()}`).toContain(`id="${flag.code.toLowerCase()}"`);
        expect(html, `${entry.url} ${flag.details}`).toContain(`id="${causeAnchor(flag, entry.flags)}"`);
      }
    }
  });

  test('every entry with log lines shows them in its In the logs section', () => {
    const entries = catalog.filter((entry) => entry.logs.length > 0);
    expect(entries.length).toBeGreaterThan(80);
    for (const entry of entries) {
      const html = htmlAt(pathOf(entry));
      expect(html, entry.url).toContain('id="in-the-logs"');
      expect((html.match(/data-log-line/g) ?? []).length, entry.url).toBe(entry.logs.length);
    }
  });
});

describe('machine-readable outputs', () => {
  test('the Markdown twin and llms.txt carry flags, error IDs and log lines', () => {
    const twin = readFileSync(join(distDir, '403/access-to-this-api-has-been-disallowed.md'), 'utf8');
    expect(twin).toContain('## In the logs');
    expect(twin).toContain('`level=info msg="Attempted access with non-existent key."`');
    expect(twin).toContain('`response_flag=AKI response_code_details=auth_cert_not_found`');
    expect(twin).toContain('Error ID (override_messages key): `auth.key_not_found`');
    const llms = readFileSync(join(distDir, 'llms.txt'), 'utf8');
    expect(llms).toContain('flags AKI; error ID auth.key_not_found; logs "Attempted access with non-existent key."');
    expect(llms).toMatch(/- \[UCF\]\(http[^)]+\/flags\/UCF\/\): Upstream connection failure/);
  });

  test('error-value log lines: a resolved text is shown and searched, an unresolved one is described and never matched', () => {
    const resolved = readFileSync(join(distDir, '500/failed-to-decode-url-path.md'), 'utf8');
    expect(resolved).toContain('`level=error msg="failed to decode URL path: %s"` (a Go error value)');
    const unresolved = readFileSync(join(distDir, '500/there-was-a-problem-proxying-the-request-internal.md'), 'utf8');
    expect(unresolved).toContain("`level=error msg=<the error's own text>` (a Go error value)");
    const table = readFileSync(join(distDir, 'exact-matches.json'), 'utf8');
    expect(table).toContain('"failed to decode URL path: %s"');
    expect(table).not.toContain('"text":"%v"');
  });
});
