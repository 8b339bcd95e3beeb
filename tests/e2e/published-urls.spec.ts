/** Permalinks are forever: every URL in content/published-urls.txt still answers, aliases lead to their entry. */
import { expect, test } from '@playwright/test';
import { catalog } from './catalog';
import { aliasRedirects, publishedUrls } from './host-files';

test('every published URL still answers 200', async ({ request }) => {
  expect(publishedUrls.length).toBeGreaterThanOrEqual(catalog.length);
  for (const path of publishedUrls) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});

test('an alias redirects to its entry, in the browser and in _redirects', async ({ page }) => {
  expect(aliasRedirects.length).toBeGreaterThan(0);
  for (const { from, to, code } of aliasRedirects) {
    expect(code).toBe('301');
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
