import { expect, test } from '@playwright/test';
import { catalog, literalEntries, pathOf } from './catalog';

test('search code loads only when the user reaches for search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(pathOf(catalog[0]!));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /pagefind|search-ui|exact-matches/.test(url))).toEqual([]);

  await page.getByRole('combobox', { name: 'Search the error reference' }).first().fill('key');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('searching for an exact message shows its entry, and the result link works', async ({ page }) => {
  const entry = literalEntries.find((candidate) => candidate.status === 403) ?? literalEntries[0]!;
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search the error reference' });
  await box.fill(entry.message);
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const links = await options
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links).toContain(pathOf(entry));
  await options
    .getByRole('link')
    .nth(links.indexOf(pathOf(entry)))
    .click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(entry)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.title);
});

test('keyboard: / focuses search, arrows move through results, Enter opens, Escape closes', async ({ page }) => {
  const entry = literalEntries[0]!;
  await page.goto(pathOf(catalog.at(-1)!));
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the error reference' });
  await expect(box).toBeFocused();
  await page.keyboard.type(entry.message);
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const options = listbox.getByRole('option');
  // Each keystroke's results replace the last (and clear the selection): wait for the whole message's.
  await expect(listbox).toHaveAttribute('data-query', entry.message);

  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('ArrowDown');
  const href = await options.first().getByRole('link').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('Ctrl+K focuses search from anywhere', async ({ page }) => {
  await page.goto('/403/');
  await page.locator('body').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search the error reference' })).toBeFocused();
});

test('a shared search URL runs the search', async ({ page }) => {
  const entry = literalEntries[0]!;
  await page.goto(`/?q=${encodeURIComponent(entry.message)}`);
  await expect(page.getByRole('combobox', { name: 'Search the error reference' })).toHaveValue(entry.message);
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
});

test('Enter pressed straight after typing opens a result of what was typed, not of a partial query', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search the error reference' });
  await box.click();
  await page.keyboard.type('Rate Limit Exceeded');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/429\/rate-limit-exceeded\/$/);
});
