/** Support tools and assistants: each entry as Markdown, and /llms.txt listing the catalog. */
import { expect, test } from '@playwright/test';
import { catalog, findEntry, pathOf } from './catalog';

test('each entry is available as Markdown with its status, message, permalink and sections', async ({ request }) => {
  const entry = findEntry(403, 'Quota exceeded');
  const response = await request.get(`${pathOf(entry).replace(/\/$/, '')}.md`);
  expect(response.status()).toBe(200);
  const markdown = await response.text();
  expect(markdown).toMatch(/^# 403 Quota exceeded\n/);
  expect(markdown).toContain(`- Permalink: ${entry.url}`);
  expect(markdown).toContain('- Releases: Sent by 4.0 – 5.14\n');
  expect(markdown).toContain('## How to fix');
  expect(markdown).toContain('HTTP/1.1 403 Forbidden');
});

test('llms.txt lists every entry with a link to its Markdown', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text();
  expect(text).toMatch(/^# Tyk Gateway Error Reference\n/);
  for (const entry of catalog) expect(text).toContain(`(${entry.url.replace(/\/$/, '')}.md)`);
});

test('every section of an entry has a stable anchor with a visible link', async ({ page }) => {
  const entry = findEntry(403, 'Quota exceeded');
  await page.goto(`${pathOf(entry)}#how-to-fix`);
  const heading = page.locator('#how-to-fix');
  await expect(heading).toBeInViewport();
  await expect(heading.getByRole('link')).toHaveAttribute('href', '#how-to-fix');
  await expect(page.locator('#why-it-happens a.heading-link')).toBeVisible();
  const causes = page.locator('.prose-entry h3[id] > a.heading-link');
  expect(await causes.count()).toBeGreaterThan(0);
});

test('one click copies a ready citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const entry = findEntry(403, 'Quota exceeded');
  await page.goto(pathOf(entry));
  await page.getByRole('button', { name: 'Cite as Markdown' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `[403 Quota exceeded](${entry.url}) (Tyk Gateway error reference)`,
  );
  await page.getByRole('button', { name: 'Cite as text' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `403 "Quota exceeded" (Tyk Gateway error reference): ${entry.url}`,
  );
});
