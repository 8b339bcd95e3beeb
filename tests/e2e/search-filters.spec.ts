/** Filters with counts, and searches that live in the URL. */
import { expect, test } from '@playwright/test';
import { catalog } from './catalog';

test('filters narrow the results, show counts, and are kept in the URL', async ({ page }) => {
  await page.goto('/');
  const status = page.getByRole('combobox', { name: 'Status' });
  const total403 = catalog.filter((entry) => entry.status === 403).length;
  await expect(status.locator('option[value="403"]')).toHaveText(`403 Forbidden (${total403})`);

  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('certificate');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await status.selectOption('403');
  await expect(page).toHaveURL(/[?&]q=certificate/);
  await expect(page).toHaveURL(/[?&]status=403/);
  // The list is redrawn for the filter (first the table's results, then Pagefind's with the counts): wait for
  // a list of 403s only, since the unfiltered search for the same words may still be on screen.
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const badges = () => listbox.getByRole('option').locator('a > span:first-child > span:first-child').allTextContents();
  await expect
    .poll(async () => {
      const seen = await badges();
      return seen.length > 0 && seen.every((badge) => badge === '403');
    })
    .toBe(true);
  await expect(listbox).toHaveAttribute('data-complete', 'certificate');
  await expect.poll(async () => (await badges()).every((badge) => badge === '403')).toBe(true);
  // Counts follow the query: fewer 403 errors mention certificates than exist.
  const label = await status.locator('option[value="403"]').textContent();
  const count = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total403);
});

test('a shared URL with a query and filters runs that search', async ({ page }) => {
  await page.goto('/?q=key&audience=gateway-api');
  await expect(page.getByRole('combobox', { name: 'Audience' })).toHaveValue('gateway-api');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  const gatewayApi = new Set(
    catalog.filter((entry) => entry.audience === 'gateway-api').map((entry) => new URL(entry.url).pathname),
  );
  const paths = await page
    .getByRole('option')
    .locator('a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  for (const path of paths) expect(gatewayApi.has(path), path).toBe(true);
});

test('results show status, message and summary, and snippets carry no raw markup', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('certificate expired');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(option).toBeVisible();
  const texts = await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').allTextContents();
  for (const text of texts) {
    expect(text).toMatch(/^(\d{3}|TLS)/);
    expect(text).not.toMatch(/<\/?(mark|code|span|a|p|em|strong|div)\b|&(lt|gt|amp|quot|#\d+);/i);
  }
});
