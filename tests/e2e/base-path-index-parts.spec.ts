/**
 * Search over an index built in parts: the sub-path build is indexed in parts of at most 150 pages
 * (SEARCH_PAGES_PER_INDEX in package.json's build:base), so these find entries whose pages only a
 * merged part holds, by words only Pagefind's full text answers, with the filters and their counts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { basePath } from '../../playwright.config';
import { answerPaste, type SearchIndex } from '../../src/lib/paste/answer';
import { buildFuzzyIndex } from '../../src/lib/paste/fuzzy';
import { prepareTable } from '../../src/lib/paste/match';
import type { SearchTableEntry } from '../../src/lib/paste/table';
import { readIndexParts, type IndexedPage } from '../site/search-index-parts';

const siteDir = resolve(import.meta.dirname, '../../dist-base');
const parts = readIndexParts(siteDir);
const table = prepareTable(JSON.parse(readFileSync(resolve(siteDir, 'exact-matches.json'), 'utf8')) as SearchTableEntry[]);
const tableIndex: SearchIndex = { table, fuzzy: buildFuzzyIndex(table) };

/**
 * A word of an entry page in `part` that no other page has (not even as the start of a longer word, which
 * Pagefind would match) and for which the search table has no answer: only Pagefind's full text finds it.
 */
function fullTextOnly(part: number): { word: string; page: IndexedPage } {
  const pages = parts.flatMap(({ pages }) => pages);
  for (const page of parts[part]!.pages.filter((candidate) => candidate.filters['status'])) {
    const others = pages.filter((other) => other !== page).map((other) => other.content.toLowerCase());
    const words = [...new Set(page.content.toLowerCase().match(/\b[a-z]{7,}\b/g))].sort();
    const word = words.find(
      (candidate) =>
        others.every((content) => !content.includes(candidate.slice(0, 6))) &&
        answerPaste(candidate, tableIndex).results.length === 0,
    );
    if (word) return { word, page };
  }
  throw new Error(`No entry page in part ${part} has a word only it holds and the search table does not know`);
}

const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

async function search(page: Page, word: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill(word);
  await expect(results(page)).toHaveAttribute('data-complete', word);
}

test('the sub-path build is indexed in three parts or more', () => {
  expect(parts.length).toBeGreaterThanOrEqual(3);
});

for (const part of [1, 2]) {
  test(`full-text search finds an entry that only part ${part} of the index holds, with filters`, async ({ page }) => {
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    const { word, page: indexed } = fullTextOnly(part);
    const status = indexed.filters['status']![0]!;
    const href = `${basePath}${indexed.url.replace(/^\//, '')}`;
    await page.goto('./');

    await search(page, word);
    // Pagefind's results carry an excerpt with the matched words marked; the table's do not.
    const found = results(page)
      .getByRole('option')
      .filter({ has: page.locator(`a[href="${href}"]`) });
    await expect(found).toHaveCount(1);
    await expect(found.locator('mark').first()).toBeVisible();
    // The counts are Pagefind's, merged over the parts (its typo-tolerant matching finds more pages than
    // the one with the word, so not exactly 1).
    const statusFilter = page.getByRole('combobox', { name: 'Status' });
    await expect(statusFilter.locator(`option[value="${status}"]`)).toHaveText(/\([1-9][0-9]*\)$/);

    // Filters apply in every part: the entry stays under its status and goes under another.
    const badges = () => results(page).getByRole('option').locator('a > span:first-child > span:first-child').allTextContents();
    const badgeOf = (value: string) => (value === 'tls' ? 'TLS' : value);
    await statusFilter.selectOption(status);
    // The URL changes as the filtered search starts (which clears data-complete), so this waits for its end.
    await expect(page).toHaveURL(new RegExp(`[?&]status=${status}`));
    await expect(results(page)).toHaveAttribute('data-complete', word);
    await expect(found).toHaveCount(1);
    expect(new Set(await badges())).toEqual(new Set([badgeOf(status)]));

    const otherStatus = await statusFilter
      .locator('option')
      .evaluateAll(
        (options, chosen) =>
          options.map((option) => (option as HTMLOptionElement).value).find((value) => value && value !== chosen),
        status,
      );
    await statusFilter.selectOption(otherStatus!);
    await expect(page).toHaveURL(new RegExp(`[?&]status=${otherStatus}`));
    await expect(results(page)).toHaveAttribute('data-complete', word);
    await expect(found).toHaveCount(0);
    for (const badge of await badges()) expect(badge).toBe(badgeOf(otherStatus!));
    expect(failures).toEqual([]);
  });
}

test('a part that does not load leaves search working on the main index', async ({ page }) => {
  let refused = 0;
  await page.route(/\/pagefind\/part-2\/pagefind-entry\.json/, (route) => {
    refused++;
    return route.fulfill({ status: 404 });
  });
  const { word, page: indexed } = fullTextOnly(0);
  await page.goto('./');
  await search(page, word);
  const found = results(page)
    .getByRole('option')
    .filter({ has: page.locator(`a[href="${basePath}${indexed.url.replace(/^\//, '')}"]`) });
  await expect(found.locator('mark').first()).toBeVisible();
  // The part was asked for and refused: what passed is the fallback, not a search that never merged it.
  expect(refused).toBeGreaterThan(0);
});
