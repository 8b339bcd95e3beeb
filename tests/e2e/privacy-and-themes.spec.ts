/** No request leaves the site's origin; the colour theme follows the system, can be switched, and persists. */
import { expect, test } from '@playwright/test';
import { findEntry, pathOf } from './catalog';

test('pages and the search make no request to another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url());
  });
  for (const path of ['/', '/403/', pathOf(findEntry(403, 'Quota exceeded')), '/no-such-page/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('quota');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
});

test('the Content-Security-Policy lets the search run without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('quota exceeded');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  expect(violations).toEqual([]);
});

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background(page);
  expect(dark).not.toBe(light);
  expect(light).toBe('rgb(255, 255, 255)');
});

test('the theme toggle switches, persists across pages, and applies before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  expect(dark).not.toBe('rgb(255, 255, 255)');

  // On the next page the saved theme is already on <html> when the body is first parsed.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtFirstParse: string | undefined }).themeAtFirstParse =
        document.documentElement.dataset['theme'];
    });
  });
  await page.goto('/403/');
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstParse?: string }).themeAtFirstParse)).toBe('dark');
  expect(await background(page)).toBe(dark);
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
