import { expect, test } from '@playwright/test';
import { catalog, pathOf } from './catalog';

/** The text of a page's h1, with tags removed and entities decoded. */
function headingText(html: string): string {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return heading
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('every permalink in errors.json answers with its own message as the heading', async ({ request }) => {
  for (const entry of catalog) {
    const response = await request.get(pathOf(entry));
    expect(response.status(), entry.url).toBe(200);
    expect(headingText(await response.text()), entry.url).toContain(entry.title);
  }
});

test('a deep link opened directly shows the message, the example and the fix', async ({ page }) => {
  const entry = catalog.find((candidate) => candidate.status === 403 && candidate.audience === 'api-consumer')!;
  await page.goto(pathOf(entry));
  await expect(page).toHaveTitle(new RegExp(`^403 `));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.title);
  await expect(page.getByRole('region', { name: 'Example response' })).toContainText('HTTP/1.1 403');
  await expect(page.locator('#how-to-fix')).toBeVisible();
  await expect(page.getByRole('region', { name: 'In the gateway source' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/TykTechnologies\/tyk\/blob\/[^/]+\/.+\.go#L\d+$/,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', entry.url);
});

test('copy buttons copy the exact message and the canonical absolute URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const entry = catalog.find((candidate) => candidate.status === 403)!;
  await page.goto(pathOf(entry));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry.url);
  await page.getByRole('button', { name: 'Copy message' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry.message);
});

test('the 404 page answers unknown URLs with a 404 status and a way on', async ({ page }) => {
  const response = await page.goto('/403/no-such-error-anywhere/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('combobox', { name: 'Search the error reference' })).toBeVisible();
  await page.getByRole('link', { name: 'browse every status code' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('errors.json lists every error with absolute permalinks, and the sitemap has each of them', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const entry of catalog) {
    expect(
      Object.keys(entry)
        .filter((key) => key !== 'errorId' && key !== 'unreleased')
        .sort(),
    ).toEqual([
      'audience',
      'category',
      'flags',
      'logs',
      'message',
      'releases',
      'slug',
      'status',
      'summary',
      'title',
      'url',
      'wordings',
    ]);
    expect(entry.url).toMatch(/^http:\/\/localhost:4321\/(\d{3}|tls)\/[a-z0-9-]+\/$/);
    expect(sitemap).toContain(`<loc>${entry.url}</loc>`);
  }
  const favicon = await request.get('/favicon.svg');
  expect(favicon.status()).toBe(200);
});
