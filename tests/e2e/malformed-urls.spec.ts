/**
 * A URL with a malformed percent-escape (`/%E2%82/`, a character cut off in a ticket) on the hosts people
 * deploy to. `astro preview` answers such a URL with its own 500 before any page is served, so this runs on
 * nginx and the static host only (the `nginx` and `static-host` projects).
 */
import { expect, test } from '@playwright/test';
import { findEntry, pathOf } from './catalog';

const quota = findEntry(403, 'Quota exceeded');

test('a path with a malformed escape gets the 404 page, or the entry it names, without a script error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto('/%E2%82/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('combobox', { name: 'Search the error reference' })).toBeVisible();
  await page.goto('/403/Quota%20exceeded%E2%82/');
  await expect(page).toHaveURL(new RegExp(`${pathOf(quota)}$`));
  expect(errors).toEqual([]);
});
