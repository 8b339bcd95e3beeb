/**
 * The search table as published (`/exact-matches.json`): one row per entry, and every wording carrying
 * the form the browser matches with, exactly as the reader's own code works it out. Run after the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { wordingForm } from '../../src/lib/paste/match';
import type { SearchTableEntry, WordingForm } from '../../src/lib/paste/table';
import { catalog, pathOf } from '../e2e/catalog';
import { distDir } from './built-site';

const table = JSON.parse(readFileSync(join(distDir, 'exact-matches.json'), 'utf8')) as SearchTableEntry[];

describe('the published search table', () => {
  test('has one row per entry', () => {
    expect(table.map((row) => row.path).sort()).toEqual(catalog.map(pathOf).sort());
  });

  test('every message and wording carries its form for matching, the same the reader would work out', () => {
    const carried = table.flatMap((row) => [
      { text: row.message, kind: 'message' as const, form: row.form },
      ...(row.also ?? []).map((wording) => ({ text: wording.text, kind: wording.kind, form: wording.form })),
    ]);
    expect(carried.length).toBeGreaterThan(table.length);
    // The normal form is left out where it is the text in lower case.
    const expanded = (text: string, form: WordingForm | null | undefined) =>
      form && { normal: form.normal ?? text.toLowerCase(), coverage: form.coverage, weak: form.weak };
    const different = carried.filter(
      ({ text, kind, form }) => JSON.stringify(expanded(text, form)) !== JSON.stringify(wordingForm(text, kind)),
    );
    expect(carried.filter(({ form }) => form && form.normal === undefined).length).toBeGreaterThan(0);
    expect(different).toEqual([]);
  });
});
