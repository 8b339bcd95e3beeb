/**
 * The site under Debian's nginx with deploy/nginx.conf (started by tests/servers/nginx.ts): permalinks,
 * aliases as real 301s, the 404 page, types and charsets, caching, the security headers, and search.
 * forgiving-urls.spec.ts also runs against this server (the `nginx` project).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { catalog, literalEntries, pathOf } from './catalog';
import { aliasRedirects, publishedUrls } from './host-files';

const headersFile = readFileSync(resolve(import.meta.dirname, '../../dist/_headers'), 'utf8');

test('every published URL answers 200, and every alias a 301 to its permalink', async ({ request }) => {
  const aliases = new Map(aliasRedirects.map(({ from, to }) => [from, to]));
  expect(aliases.size).toBeGreaterThan(0);
  for (const path of publishedUrls) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (aliases.has(path)) {
      expect(response.status(), path).toBe(301);
      expect(response.headers()['location'], path).toBe(aliases.get(path));
    } else {
      expect(response.status(), path).toBe(200);
    }
  }
  for (const { from, to } of aliasRedirects) {
    const withoutSlash = await request.get(`${from.replace(/\/$/, '')}?from=ticket`, { maxRedirects: 0 });
    expect(withoutSlash.status(), from).toBe(301);
    expect(withoutSlash.headers()['location'], from).toBe(`${to}?from=ticket`);
  }
});

test('a permalink without its trailing slash is a 301 to it, keeping the query', async ({ request }) => {
  const path = pathOf(catalog[0]!);
  const response = await request.get(`${path.replace(/\/$/, '')}?message=x`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe(`${path}?message=x`);
});

test('an unknown URL answers 404 with the helpful page', async ({ request }) => {
  for (const path of ['/no-such-page/', '/403/no-such-error/', '/403/quota-exceeded.MD', '/_redirects', '/_headers']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('Page not found');
  }
});

test('Markdown, text and JSON are served inline as UTF-8', async ({ request }) => {
  const entry = catalog[0]!;
  const expectedTypes = {
    [pathOf(entry).replace(/\/$/, '.md')]: 'text/markdown; charset=utf-8',
    '/llms.txt': 'text/plain; charset=utf-8',
    '/robots.txt': 'text/plain; charset=utf-8',
    '/errors.json': 'application/json; charset=utf-8',
    '/': 'text/html; charset=utf-8',
  };
  for (const [path, type] of Object.entries(expectedTypes)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['content-disposition'], path).toBeUndefined();
  }
  const markdown = await request.get(pathOf(entry).replace(/\/$/, '.md'));
  expect(await markdown.text()).toContain(entry.message);
});

test('hashed assets are cached for a year, pages revalidated, and every response has the headers of _headers', async ({
  request,
}) => {
  const home = await request.get('/');
  const html = await home.text();
  const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
  expect(asset).toBeDefined();

  const immutable = 'public, max-age=31536000, immutable';
  const cases: Record<string, string> = {
    '/': 'no-cache',
    [pathOf(catalog[0]!)]: 'no-cache',
    '/errors.json': 'no-cache',
    '/pagefind/pagefind.js': 'no-cache',
    [asset!]: immutable,
  };
  const expected = Object.fromEntries(
    headersFile
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(/: (.*)/s, 2) as [string, string])
      .map(([name, value]) => [name.toLowerCase(), value]),
  );
  expect(Object.keys(expected)).toContain('content-security-policy');
  for (const [path, cacheControl] of Object.entries(cases)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(cacheControl);
    for (const [name, value] of Object.entries(expected)) expect(response.headers()[name], `${path} ${name}`).toBe(value);
  }
  const notFound = await request.get('/no-such-page/');
  expect(notFound.headers()['content-security-policy']).toBe(expected['content-security-policy']);
});

test('Pagefind index fragments are cached for a year', async ({ page }) => {
  const cached: string[] = [];
  page.on('response', (response) => {
    if (/\.pf_[a-z]+$/.test(new URL(response.url()).pathname)) cached.push(response.headers()['cache-control'] ?? 'none');
  });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('quota');
  // The search table answers first; Pagefind's results (and its index fragments) follow.
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('data-complete', 'quota');
  expect(cached.length).toBeGreaterThan(0);
  expect(new Set(cached)).toEqual(new Set(['public, max-age=31536000, immutable']));
});

test('search works through nginx, under its Content-Security-Policy header', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const searched = literalEntries[0]!;
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill(searched.message);
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText(searched.message);
  await first.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(searched)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(searched.title);
  expect(problems).toEqual([]);
});
