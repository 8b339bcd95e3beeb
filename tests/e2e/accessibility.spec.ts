/**
 * axe (WCAG 2.2 A and AA) on every page of the sitemap and the 404 page, in light and dark.
 *
 * Built to stay green on a busy machine:
 * - axe is added to each page once, as the page loads, and run inside it: one load serves both themes (the
 *   theme follows `prefers-color-scheme`, which changes without a reload). AxeBuilder would inject axe again
 *   and open a second page for every check, which costs several times the check itself.
 * - Every page gets every rule in the light theme. The dark theme changes colours (and the theme button's
 *   label, in the shared header): every page gets the colour rules in dark, and the first page of each
 *   template (home, status, entry, category, 404) gets every rule in dark too. tests/site/themes.test.ts
 *   keeps that true.
 * - The pages are split into a few large tests per worker, each with a timeout scaled to its page count.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { workerCount } from '../../playwright.config';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules whose outcome depends on the colours in effect. */
const colourRules = ['color-contrast', 'link-in-text-block'];
/** Generous: a page takes about 1 s on an idle machine and 3 s with the machine loaded several times over. */
const timeoutPerPage = 20_000;

const sitemap = readFileSync(resolve(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
paths.push('/no-such-page/');

function templateOf(path: string): string {
  if (path === '/') return 'home';
  if (path.startsWith('/categories/')) return 'category';
  if (path === '/no-such-page/') return 'not-found';
  return path.split('/').filter(Boolean).length === 1 ? 'status' : 'entry';
}

/** The first page of each template gets every rule in both themes. */
const representatives = new Set(Object.values(Object.groupBy(paths, templateOf)).map((pagesOfTemplate) => pagesOfTemplate![0]!));

/** Interleaved, so that heavy pages (status pages) spread over the tests. */
const chunkCount = workerCount * 2;
const chunks = Array.from({ length: chunkCount }, (_, index) => paths.filter((_, position) => position % chunkCount === index));

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeRunOptions {
  runOnly: { type: 'tag' | 'rule'; values: string[] };
}

/** Runs axe inside the page (it is there from the start, see addInitScript) and lists the violations. */
async function violationsOn(page: Page, path: string, theme: string, runOnly: AxeRunOptions['runOnly']): Promise<string[]> {
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    // Search results (open on the 404 page) are checked by the dedicated test below.
    const results = await axe.run({ exclude: [['[role="listbox"]']] }, { runOnly, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      count: violation.nodes.length,
      target: violation.nodes[0]?.target.join(' ') ?? '',
    }));
  }, runOnly);
  return violations.map(({ id, count, target }) => `${path} (${theme}): ${id} (${count}) ${target}`);
}

test.describe.configure({ mode: 'parallel' });

chunks.forEach((chunk, index) => {
  test(`no violations in light and dark, part ${index + 1} of ${chunkCount} (${chunk.length} of ${paths.length} pages)`, async ({
    page,
  }) => {
    test.setTimeout(chunk.length * timeoutPerPage);
    await page.addInitScript({ content: axeSource });
    const violations: string[] = [];
    for (const path of chunk) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      violations.push(...(await violationsOn(page, path, 'light', { type: 'tag', values: wcagTags })));
      await page.emulateMedia({ colorScheme: 'dark' });
      const darkRules = representatives.has(path)
        ? ({ type: 'tag', values: wcagTags } as const)
        : ({ type: 'rule', values: colourRules } as const);
      violations.push(...(await violationsOn(page, path, 'dark', darkRules)));
    }
    expect(violations).toEqual([]);
  });
});

test('every template has a page checked with every rule in both themes', () => {
  expect([...representatives].map(templateOf).sort()).toEqual(['category', 'entry', 'home', 'not-found', 'status']);
  expect(chunks.flat().sort()).toEqual([...paths].sort());
});

test('the search, open with results, has no violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('certificate');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  // Each option holds the link to its entry (the listbox pattern our search promises to tools), kept
  // out of the tab order; axe's nested-interactive rule counts that link anyway, so it is the one rule
  // not applied to the open results.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).disableRules(['nested-interactive']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
