/** Releases in the browser: the release choice, retired and unreleased entries, and the comparison pages. */
import { expect, test } from '@playwright/test';

test('an entry page says which releases send it, with its older wording and the change', async ({ page }) => {
  await page.goto('/429/rate-limit-exceeded/');
  const releases = page.getByRole('region', { name: 'Releases that send it' });
  await expect(releases.locator('[data-release-label]')).toHaveText('Sent by 4.0 – 5.14.');
  const wording = releases.locator('[data-wordings] li').first();
  // The first release of every line is checked, so the change is dated to 5.4, not to the next release people run.
  await expect(wording).toContainText('429 Rate limit exceeded: 4.0 – 5.3 only; 5.4 and later send 429 Rate Limit Exceeded');
  await expect(releases.locator('[data-history]')).toContainText(
    '5.4: sends 429 Rate Limit Exceeded; no longer sends 429 Rate limit exceeded',
  );
  await expect(page.locator('[data-unreleased]')).toHaveCount(0);
});

test('an entry only the release candidate sends is marked unreleased on its page and in lists', async ({ page }) => {
  await page.goto('/409/api-is-referenced-by-paired-mcp-proxies/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('header').getByText('Unreleased', { exact: true })).toBeVisible();
  await expect(page.locator('[data-releases-section] [data-unreleased]')).toContainText('only the release candidate 5.15.0-rc7');

  await page.goto('/409/');
  const item = page.locator('li', { has: page.getByRole('link', { name: /API is referenced by paired MCP proxies/ }) });
  await expect(item.getByText('Unreleased', { exact: true })).toBeVisible();
});

test('a retired wording still finds its page, which says since when it is no longer sent and what is sent now', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('Rate limit exceeded');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  // Found as the entry's older wording (the message 5.3 and earlier send).
  await expect(first).toHaveAttribute('data-exact', 'wording', { timeout: 30_000 });
  await page.goto('/429/rate-limit-exceeded/');
  const retired = page.locator('[data-wordings] li', { hasText: 'Rate limit exceeded' });
  await expect(retired).toContainText('5.3 only; 5.4 and later send');
  await retired.getByRole('link', { name: '429 Rate Limit Exceeded' }).click();
  await expect(page).toHaveURL(/#releases$/);
});

test('the release choice on a status page filters the list and lives in the URL', async ({ page }) => {
  await page.goto('/409/');
  const choice = page.getByRole('combobox', { name: 'My gateway' });
  const items = page.locator('[data-release-lines]');
  const total = await items.count();
  await choice.selectOption('5.8');
  await expect(page).toHaveURL(/[?&]release=5\.8(&|$)/);
  await expect(page.getByRole('status').filter({ hasText: 'sent by 5.8 LTS' })).toContainText(`of ${total} errors`);
  await expect(page.getByRole('link', { name: /API is referenced by paired MCP proxies/ })).toBeHidden();

  await page.goto('/409/?release=5.15');
  await expect(choice).toHaveValue('5.15');
  await expect(page.getByRole('link', { name: /API is referenced by paired MCP proxies/ })).toBeVisible();
  await choice.selectOption('');
  await expect(page).not.toHaveURL(/release=/);
  await expect(items.filter({ visible: true })).toHaveCount(total);
});

test('the release choice in search filters results and is kept in the URL', async ({ page }) => {
  await page.goto('/?q=paired%20MCP%20proxies&release=5.14');
  await expect(page.getByRole('combobox', { name: 'My gateway' })).toHaveValue('5.14');
  const results = page.getByRole('listbox', { name: 'Search results' });
  // The first query loads Pagefind and the exact-match table: slow on a loaded machine, so wait longer.
  await expect(results).toHaveAttribute('data-query', 'paired MCP proxies', { timeout: 30_000 });
  await expect(results.getByRole('option', { name: /API is referenced by paired MCP proxies/ })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'My gateway' }).selectOption('5.15');
  await expect(page).toHaveURL(/[?&]release=5\.15/);
  const option = results.getByRole('option', { name: /API is referenced by paired MCP proxies/ }).first();
  await expect(option).toBeVisible();
  await expect(option).toContainText('Unreleased');
});

test('the comparison pages list what changed, each line linked to its entry', async ({ page }) => {
  await page.goto('/releases/');
  await page.getByRole('link', { name: /^5\.3 LTS \(5\.3\.13\) to 5\.8 LTS \(5\.8\.15\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed between 5.3 and 5.8');
  const reworded = page.locator('[data-change-kind="reworded"]');
  await expect(reworded).toContainText('5.3.13: 429 Rate limit exceeded; 5.8.15: 429 Rate Limit Exceeded');
  await expect(reworded.locator('li', { hasText: 'Rate Limit Exceeded' }).first()).toContainText('(in 5.4)');
  await reworded.getByRole('link', { name: '429 Rate Limit Exceeded' }).click();
  await expect(page).toHaveURL(/\/429\/rate-limit-exceeded\/$/);
});
