/**
 * When the search's parts load, and that a slow or missing part never costs the user a result: the
 * table is requested with the code (on the home page before any focus), its results never wait for
 * Pagefind, Pagefind answers alone when the table fails, and what is typed or pasted before the code
 * is in still gets its answer. Requests are held or failed by route interception, never timed.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { findEntry, pathOf } from './catalog';

const quota = findEntry(403, 'Quota exceeded');
const keyNotAuthorised = findEntry(403, 'Key not authorised');
const table = /\/exact-matches\.json$/;
const searchCode = /\/_astro\/search-ui\.[^/]+\.js$/;
const pagefind = /\/pagefind\//;

/** Holds every request matching `url` until `release()`; `seen` says whether one was made. */
async function hold(page: Page, url: RegExp) {
  const held: Route[] = [];
  let released = false;
  await page.route(url, (route) => (released ? route.continue() : void held.push(route)));
  return {
    seen: () => held.length > 0,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the error reference' }).first();
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).first();
const firstResultLink = (page: Page) => results(page).getByRole('option').first().getByRole('link');

test('the home page requests the search table and code with the page, before anyone reaches for the box', async ({ page }) => {
  const requested = requestsOf(page);
  await page.goto('/');
  await expect.poll(() => requested.some((url) => table.test(url))).toBe(true);
  await expect.poll(() => requested.some((url) => searchCode.test(url))).toBe(true);
  await page.waitForLoadState('networkidle');
  await expect(searchBox(page)).not.toBeFocused();
  // Pagefind (about 85 KB gzip) waits for a sign of intent, then the search code warms it.
  expect(requested.filter((url) => pagefind.test(url))).toEqual([]);
  await searchBox(page).hover();
  await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('elsewhere, the pointer on the box requests the table without waiting for the search code', async ({ page }) => {
  const requested = requestsOf(page);
  await page.goto(pathOf(quota));
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => table.test(url) || searchCode.test(url) || pagefind.test(url))).toEqual([]);

  const code = await hold(page, searchCode);
  await searchBox(page).hover();
  await expect.poll(() => requested.some((url) => table.test(url))).toBe(true);
  await expect.poll(() => code.seen()).toBe(true);
  await code.release();
  await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test("the table's results show while Pagefind's files are held back", async ({ page }) => {
  const pagefindFiles = await hold(page, pagefind);
  await page.goto('/');
  await searchBox(page).fill(quota.message);
  await expect(results(page)).toHaveAttribute('data-query', quota.message);
  await expect(firstResultLink(page)).toHaveAttribute('href', pathOf(quota));
  await expect(results(page).getByRole('option').first()).toHaveAttribute('data-exact', 'message');
  await expect.poll(() => pagefindFiles.seen()).toBe(true);
  await expect(results(page)).not.toHaveAttribute('data-complete', /./);

  await pagefindFiles.release();
  await expect(results(page)).toHaveAttribute('data-complete', quota.message);
});

test('with the table failing, the search answers from Pagefind alone', async ({ page }) => {
  await page.route(table, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('/');
  await searchBox(page).fill(quota.message);
  await expect(results(page)).toHaveAttribute('data-complete', quota.message);
  await expect(page.locator('[data-search-verdict]').first()).toHaveText(/table of wordings did not load/);
  const links = await results(page)
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  expect(links).toContain(pathOf(quota));
});

test('a table that failed to load is requested again at the next query, and its exact matches return', async ({ page }) => {
  let failing = true;
  await page.route(table, (route) => (failing ? route.fulfill({ status: 503, body: 'deploying' }) : route.continue()));
  await page.goto(pathOf(keyNotAuthorised));
  await searchBox(page).fill('Rate');
  await expect(page.locator('[data-search-verdict]').first()).toHaveText(/table of wordings did not load/);
  failing = false;
  await searchBox(page).fill(quota.message);
  await expect(results(page)).toHaveAttribute('data-query', quota.message);
  await expect(page.locator('[data-search-verdict]').first()).not.toHaveText(/table of wordings did not load/);
  await expect(results(page).getByRole('option').first()).toContainText('Exact match');
});

test('Enter on a misquote typed before the fuzzy index is built opens the whole answer, not the exact fragment', async ({
  page,
}) => {
  await page.goto(pathOf(quota));
  await page.keyboard.press('/');
  // Starts with a catalogued wording (`Key not authorised`), misquotes a longer one.
  const misquote = 'Key not authorised, OAuth client access revoked';
  await page.keyboard.type(misquote);
  // Enter at once waits for the whole answer.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/403\/key-not-authorised-oauth-client-access-was-revoked\/$/);
});

test('keystrokes typed at once after focus, before the search code is in, get their answer', async ({ page }) => {
  await page.goto(pathOf(keyNotAuthorised));
  const code = await hold(page, searchCode);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(quota.message);
  await expect.poll(() => code.seen()).toBe(true);
  await expect(searchBox(page)).toHaveValue(quota.message);
  await code.release();
  await expect(results(page)).toHaveAttribute('data-query', quota.message);
  await expect(firstResultLink(page)).toHaveAttribute('href', pathOf(quota));
});

test('a response pasted at once after focus, before the search code is in, is read whole', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(pathOf(quota));
  const code = await hold(page, searchCode);
  const response = `HTTP/1.1 403 Forbidden\nX-Generator: tyk.io\n\n{\n  "error": "${keyNotAuthorised.message}"\n}`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), response);
  await searchBox(page).click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => code.seen()).toBe(true);
  await code.release();
  await expect(results(page)).toHaveAttribute('data-query', response);
  await expect(firstResultLink(page)).toHaveAttribute('href', pathOf(keyNotAuthorised));
  await expect(page.locator('[data-search-verdict]').first()).toContainText('X-Generator: tyk.io');
});

test('a TLS status page with ?message= opens the matching entry, as a numbered status page does', async ({ page }) => {
  const badCertificate = findEntry('tls', 'remote error: tls: bad certificate');
  await page.goto(`/tls/?message=${badCertificate.message}`);
  await expect(page).toHaveURL(new RegExp(`${pathOf(badCertificate)}$`));
  await page.goto(`/403/?message=${encodeURIComponent(quota.message)}`);
  await expect(page).toHaveURL(new RegExp(`${pathOf(quota)}$`));
});
