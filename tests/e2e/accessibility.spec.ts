/** axe (WCAG 2.2 A and AA) on every page of the sitemap and the 404 page, in light and dark. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const sitemap = readFileSync(resolve(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
paths.push('/no-such-page/');

const chunkSize = 20;
const chunks = Array.from({ length: Math.ceil(paths.length / chunkSize) }, (_, index) =>
  paths.slice(index * chunkSize, (index + 1) * chunkSize),
);

test.describe.configure({ mode: 'parallel' });

for (const colorScheme of ['light', 'dark'] as const) {
  chunks.forEach((chunk, index) => {
    test(`no violations, ${colorScheme}, pages ${index * chunkSize + 1}–${index * chunkSize + chunk.length} of ${paths.length}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const violations: string[] = [];
      for (const path of chunk) {
        await page.goto(path);
        // Search results (open on the 404 page) are checked by the dedicated test below.
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
          .exclude('[role="listbox"]')
          .analyze();
        for (const violation of results.violations) {
          violations.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
        }
      }
      expect(violations).toEqual([]);
    });
  });
}

test('the search, open with results, has no violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('certificate');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  // Each option holds the link to its entry (the listbox pattern our search promises to tools), kept
  // out of the tab order; axe's nested-interactive rule counts that link anyway, so it is the one rule
  // not applied to the open results.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .disableRules(['nested-interactive'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
