/** The same user paths with the site built under a sub-path (BASE_PATH=/docs/gateway-errors/). */
import { expect, test } from '@playwright/test';
import { basePath } from '../../playwright.config';
import { catalog, literalEntries } from './catalog';

test('browse, deep link and search under the sub-path, with every asset found', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('./');
  await page.getByRole('link', { name: /^403 Forbidden/ }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}403/$`));

  const entry = catalog.find((candidate) => candidate.status === 403)!;
  await page.locator(`li[id="${entry.slug}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}403/${entry.slug}/$`));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${basePath}403/${entry.slug}/$`));

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(new RegExp(`${basePath}$`));

  const searched = literalEntries[0]!;
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill(searched.message);
  const firstLink = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().getByRole('link');
  await expect(firstLink).toHaveAttribute('href', new RegExp(`^${basePath}`));
  await firstLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(failures).toEqual([]);
});

test('an unknown URL under the sub-path gets the 404 page', async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
