/** Links typed by hand or mangled in tickets still land on the right page, or on a search for it. */
import { expect, test } from '@playwright/test';
import { findEntry, pathOf } from './catalog';

const quota = findEntry(403, 'Quota exceeded');

test('a permalink without its trailing slash works', async ({ page }) => {
  await page.goto(pathOf(quota).replace(/\/$/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quota exceeded');
});

test('a permalink in the wrong case lands on the entry', async ({ page }) => {
  await page.goto('/403/Quota-Exceeded/');
  await expect(page).toHaveURL(new RegExp(`${pathOf(quota)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quota exceeded');
});

test('the message itself in place of the slug lands on the entry', async ({ page }) => {
  await page.goto('/403/Quota exceeded');
  await expect(page).toHaveURL(new RegExp(`${pathOf(quota)}$`));
});

test('a status page with ?message= opens the matching entry', async ({ page }) => {
  await page.goto('/403?message=Quota%20exceeded');
  await expect(page).toHaveURL(new RegExp(`${pathOf(quota)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quota exceeded');
});

test('a status page with a message it does not know searches within that status', async ({ page }) => {
  await page.goto('/403/?message=organisation%20quota');
  await expect(page).toHaveURL(/\/403\/\?message=/);
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  for (const badge of await options.locator('a > span:first-child > span:first-child').allTextContents())
    expect(badge).toBe('403');
});

test('the 404 page shows the entries closest to the words of the missing path', async ({ page }) => {
  const response = await page.goto('/errors/upstream-hard-timeout-happened/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const box = page.getByRole('combobox', { name: 'Search the error reference' });
  await expect(box).toHaveValue('errors upstream hard timeout happened');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  const paths = await page
    .getByRole('option')
    .locator('a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(paths.slice(0, 3)).toContain('/504/upstream-service-reached-hard-timeout/');
});

test('a status in the wrong case lands on its status page, keeping ?message=', async ({ page }) => {
  await page.goto('/TLS/');
  await expect(page).toHaveURL(/\/tls\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('TLS');
  await page.goto('/TLS/?message=bad%20certificate');
  await expect(page).toHaveURL(/\/tls\/\?message=bad(%20|\+)certificate/);
});
