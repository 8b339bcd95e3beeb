import { expect, test } from '@playwright/test';
import { catalog, pathOf } from './catalog';

test.use({ javaScriptEnabled: false });

test('browsing and reading work without JavaScript; buttons that need it stay hidden', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^403 Forbidden/ }).click();
  await expect(page).toHaveURL(/\/403\/$/);
  const entry = catalog.find((candidate) => candidate.status === 403)!;
  await page.locator(`li[id="${entry.slug}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(entry)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.title);
  await expect(page.getByRole('region', { name: 'Example response' }).locator('pre')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.locator('#why-it-happens')).toBeVisible();
});
