/**
 * The query table in real Chromium against the built site: each paste goes in through the clipboard,
 * and the test prints hit@1, hit@3 and verdict-right per shape. Cases that need another branch's data
 * (`logs`, `flags`, `releases`) are listed and reported apart; the thresholds hold for the rest.
 */
import { expect, test, type Page } from '@playwright/test';
import { searchQueries, type SearchQuery } from './search-queries';
import { hitAt, rates, ready as readyRows, report, type Row } from './search-rates';

async function paste(page: Page, text: string): Promise<Omit<Row, 'query'>> {
  const box = page.getByRole('combobox', { name: 'Search the error reference' });
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  // Pasted through the clipboard, as users do: a search field would drop a response's newlines.
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await box.fill('');
  await box.press('ControlOrMeta+V');
  // Pagefind's results follow the table's; its first query also loads its WebAssembly.
  await expect(listbox).toHaveAttribute('data-complete', text, { timeout: 20_000 });
  const options = await listbox
    .getByRole('option')
    .evaluateAll((items) =>
      items.map((item) => ({ path: new URL(item.querySelector('a')!.href).pathname, exact: item.hasAttribute('data-exact') })),
    );
  const verdict = page.locator('[data-search-verdict]').first();
  return {
    paths: options.map((option) => option.path.replace(/^\/|\/$/g, '')),
    exact: options[0]?.exact ?? false,
    verdict: (await verdict.getAttribute('data-kind')) ?? '',
    verdictText: (await verdict.textContent()) ?? '',
  };
}

test('the query table: realistic pastes find their entry and are read right', async ({ page, context }, testInfo) => {
  test.setTimeout(600_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const rows: Row[] = [];
  for (const query of searchQueries) rows.push({ query, ...(await paste(page, query.query)) });

  const ready = readyRows(rows);
  console.log(report(rows));
  await testInfo.attach('search-hit-rates', { body: report(rows), contentType: 'text/plain' });

  const count = (shape: SearchQuery['shape'] | SearchQuery['shape'][]) =>
    searchQueries.filter((query) => [shape].flat().includes(query.shape)).length;
  expect(searchQueries.length).toBeGreaterThanOrEqual(150);
  expect(count('not the gateway')).toBeGreaterThanOrEqual(25);
  expect(count(['log line', 'access log'])).toBeGreaterThanOrEqual(25);
  expect(count('prose')).toBeGreaterThanOrEqual(20);
  expect(count('smart quotes')).toBeGreaterThanOrEqual(15);
  expect(count('misremembered')).toBeGreaterThanOrEqual(10);

  const { hit1, hit3, verdict } = rates(ready);
  expect(hit1).toBeGreaterThanOrEqual(0.9);
  expect(hit3).toBeGreaterThanOrEqual(0.98);
  expect(verdict).toBeGreaterThanOrEqual(0.9);
  // And per shape, so a shape real users bring cannot hide behind the others.
  const shapes = [...new Set(ready.map((row) => row.query.shape))];
  const weak = shapes.filter((shape) => {
    const ofShape = ready.filter((row) => row.query.shape === shape);
    const of = rates(ofShape);
    const withEntry = ofShape.some((row) => row.query.expected.length > 0);
    return (withEntry && of.hit1 < 0.9) || of.verdict < 0.9;
  });
  expect(weak).toEqual([]);
  // Exact messages and bodies: first every time, marked as an exact match.
  const gated = ready.filter((row) => row.query.gated);
  expect(gated.filter((row) => !hitAt(row, 1) || !row.exact).map((row) => row.query.query)).toEqual([]);
  // "Exact match" never marks text that is not the gateway's.
  expect(ready.filter((row) => row.query.expected.length === 0 && row.exact).map((row) => row.query.query)).toEqual([]);
});

test('a message sent with several statuses, pasted without one, lists each, the likelier first, and says so', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('{"error": "Key not authorised"}');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await expect(listbox).toHaveAttribute('data-query', '{"error": "Key not authorised"}');
  const paths = await listbox
    .locator('[role="option"][data-exact] a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  // The 403 (OAuth and plugins, `likelihood` unset) before the 401 of the deprecated OpenID Connect middleware.
  expect(paths.slice(0, 2)).toEqual(['/403/key-not-authorised/', '/401/key-not-authorised/']);
  await expect(listbox.locator('[role="option"]').first()).toContainText('Exact match');
  await expect(page.locator('[data-search-verdict]').first()).toHaveText(
    "Read as 403 `Key not authorised`; also sent as 401: no status in the paste, so the likelier (by each entry's likelihood) comes first",
  );
});

test('the verdict line says who sent the paste', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const verdict = page.locator('[data-search-verdict]').first();
  const cases: Array<[string, string]> = [
    [
      'HTTP/1.1 403 Forbidden\nX-Generator: tyk.io\n\n{"error": "Key not authorised"}',
      'Read as 403 `Key not authorised`, sent by the Tyk Gateway (X-Generator: tyk.io)',
    ],
    [
      '{"Status":"Error","Message":"Could not retrieve API detail","Meta":null}',
      'This is a Tyk Dashboard API response (Status/Message/Meta), not a gateway response',
    ],
    // A flag several entries carry names them all, not one.
    [
      'time="Jul 02 09:14:11" level=info method=GET path=/v1 prefix=access-log response_flag=RLT status=429',
      'An access-log line (status 429, response_flag RLT); RLT is set for several responses: the client received one of 429 `Rate Limit Exceeded`, 429 `API Rate Limit Exceeded` (the likelier first)',
    ],
    [
      'HTTP/1.1 502 Bad Gateway\nServer: awselb/2.0\n\n<html><head><title>502 Bad Gateway</title></head></html>',
      'This page came from a proxy in front of Tyk (Server: awselb/2.0), not from Tyk',
    ],
  ];
  for (const [text, expected] of cases) {
    expect((await paste(page, text)).verdictText).toBe(expected);
    await expect(verdict).toBeVisible();
  }
  // The verdict is announced with the result count for screen readers.
  await expect(page.locator('[data-search-status-message]').first()).toContainText('This page came from a proxy');
});

test('a log excerpt with several messages lists each one', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const excerpt = [
    'tyk-gateway-1  | time="Jul 02 09:14:11" level=error msg="Upstream host lookup failed" api_id=orders prefix=proxy',
    'tyk-gateway-1  | time="Jul 02 09:14:13" level=error msg="There was a problem proxying the request" prefix=proxy',
    'tyk-gateway-1  | time="Jul 02 09:14:20" level=warning msg="Redis connection not available" prefix=main',
  ].join('\n');
  const result = await paste(page, excerpt);
  expect(result.paths.slice(0, 3).sort()).toEqual([
    '500/there-was-a-problem-proxying-the-request',
    '500/upstream-host-lookup-failed',
    '503/redis-connection-not-available',
  ]);
  expect(result.verdictText).toBe('Gateway log lines (error) with 3 catalogued messages, each listed below');
  // A long paste is not written into the address bar: what it was read as is.
  expect(new URL(page.url()).searchParams.get('q')?.length ?? 0).toBeLessThanOrEqual(300);
});
