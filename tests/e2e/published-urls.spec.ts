/** Permalinks are forever: every URL in content/published-urls.txt still answers, aliases lead to their entry. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { catalog } from './catalog';

const manifest = readFileSync(resolve(import.meta.dirname, '../../content/published-urls.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

test('every published URL still answers 200', async ({ request }) => {
  expect(manifest.length).toBeGreaterThanOrEqual(catalog.length);
  for (const path of manifest) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});

test('an alias redirects to its entry, in the browser and in _redirects', async ({ page, request }) => {
  const redirects = (await (await request.get('/_redirects')).text()).trim().split('\n').filter(Boolean);
  expect(redirects.length).toBeGreaterThan(0);
  for (const line of redirects) {
    const [from, to, code] = line.split(' ');
    expect(code).toBe('301');
    await page.goto(from!);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
