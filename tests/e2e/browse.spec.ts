import { expect, test } from '@playwright/test';
import { catalog, pathOf } from './catalog';

test('home → status page → error page, by clicking', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tyk Gateway error reference');
  await expect(page.getByRole('combobox', { name: 'Search the error reference' })).toBeVisible();

  const statusLink = page.getByRole('link', { name: /^403 Forbidden/ });
  await expect(statusLink).toContainText('4xx client error');
  await statusLink.click();
  await expect(page).toHaveURL(/\/403\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Forbidden');

  const entry = catalog.find((candidate) => candidate.status === 403)!;
  await page.getByRole('main').getByRole('link', { name: entry.message, exact: false }).first().click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(entry)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.title);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('403 Forbidden');
});

test('the home page lists every status with its error count, and the categories', async ({ page }) => {
  await page.goto('/');
  const statuses = [...new Set(catalog.map((entry) => entry.status))];
  for (const status of statuses) {
    const count = catalog.filter((entry) => entry.status === status).length;
    const label = status === 'tls' ? 'TLS' : String(status);
    await expect(page.locator(`a[href$="/${status}/"]`)).toContainText(`${label}`);
    await expect(page.locator(`a[href$="/${status}/"]`)).toContainText(count === 1 ? '1 error' : `${count} errors`);
  }
  const categories = new Set(catalog.map((entry) => entry.category));
  await expect(page.getByRole('region', { name: 'Browse by category' }).getByRole('link')).toHaveCount(categories.size);
});

test('a status page groups its errors by category and gives each its own anchor', async ({ page }) => {
  const entries = catalog.filter((entry) => entry.status === 403);
  await page.goto('/403/');
  await expect(page.getByRole('main').locator('li[id] > a')).toHaveCount(entries.length);
  const entry = entries.at(-1)!;
  await page.goto(`/403/#${entry.slug}`);
  const item = page.locator(`li[id="${entry.slug}"]`);
  await expect(item).toBeInViewport();
  await expect(item.getByRole('link')).toHaveAttribute('href', pathOf(entry));
});

test('a category page lists its errors across statuses', async ({ page }) => {
  const category = catalog[0]!.category;
  const entries = catalog.filter((entry) => entry.category === category);
  await page.goto(`/categories/${category}/`);
  await expect(page.getByRole('main').locator('li[id] > a')).toHaveCount(entries.length);
});
