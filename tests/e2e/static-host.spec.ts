/**
 * A host without server rules (GitHub Pages, S3 website hosting; tests/servers/static-host.py): aliases
 * reach their entry through the redirect pages the build writes, unknown URLs get the 404 page.
 * forgiving-urls.spec.ts also runs against this server (the `static-host` project).
 */
import { expect, test } from '@playwright/test';
import { aliasRedirects } from './host-files';

test('every alias reaches its entry through its redirect page', async ({ page }) => {
  expect(aliasRedirects.length).toBeGreaterThan(0);
  for (const { from, to } of aliasRedirects) {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('an unknown URL answers 404 with the helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
