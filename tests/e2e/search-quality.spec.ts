/**
 * The query table: realistic pastes and queries, each with the entry that must come first. Exact
 * messages and bodies must hit at rank 1 (100%); every kind's hit rate at 1 and 3 is reported.
 */
import { expect, test } from '@playwright/test';
import { searchQueries } from './search-queries';

test('pasted messages and responses find their entry first', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search the error reference' });
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const rows: Array<{ kind: string; query: string; expected: string; rank: number; gated: boolean; exact: boolean }> = [];

  for (const { kind, query, expected, gated } of searchQueries) {
    // Pasted through the clipboard, as users do: a search field would drop a response's newlines.
    await page.evaluate((text) => navigator.clipboard.writeText(text), query);
    await box.fill('');
    await box.press('ControlOrMeta+V');
    await expect(listbox).toHaveAttribute('data-query', query);
    const options = await listbox
      .getByRole('option')
      .evaluateAll((items) =>
        items.map((item) => ({ path: new URL(item.querySelector('a')!.href).pathname, exact: item.hasAttribute('data-exact') })),
      );
    const rank = options.findIndex((option) => option.path === `/${expected}/`) + 1;
    rows.push({ kind, query, expected, rank, gated, exact: options[0]?.exact ?? false });
  }

  const rate = (selected: typeof rows, within: number) =>
    selected.length ? selected.filter((row) => row.rank >= 1 && row.rank <= within).length / selected.length : 1;
  const gated = rows.filter((row) => row.gated);
  const report = [
    `queries: ${rows.length}; hit@1 ${(rate(rows, 1) * 100).toFixed(1)}%, hit@3 ${(rate(rows, 3) * 100).toFixed(1)}%`,
    `exact messages and bodies: ${gated.length}; hit@1 ${(rate(gated, 1) * 100).toFixed(1)}%`,
    ...[...new Set(rows.map((row) => row.kind))].map((kind) => {
      const ofKind = rows.filter((row) => row.kind === kind);
      return `  ${kind}: ${ofKind.length} queries, hit@1 ${(rate(ofKind, 1) * 100).toFixed(0)}%, hit@3 ${(rate(ofKind, 3) * 100).toFixed(0)}%`;
    }),
    ...rows
      .filter((row) => row.rank !== 1)
      .map((row) => `  miss@1 (${row.kind}, rank ${row.rank || 'none'}): ${JSON.stringify(row.query)} → ${row.expected}`),
  ].join('\n');
  console.log(report);
  await testInfo.attach('search-hit-rates', { body: report, contentType: 'text/plain' });

  expect(searchQueries.length).toBeGreaterThanOrEqual(40);
  expect(gated.filter((row) => row.rank !== 1).map((row) => `${row.query} → ${row.expected}`)).toEqual([]);
  expect(gated.every((row) => row.exact)).toBe(true);
});

test('a message sent with several statuses, pasted without one, lists each as an exact match', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the error reference' }).fill('{"error": "Key not authorised"}');
  const exact = page.locator('[role="option"][data-exact="message"]');
  // Both statuses of the exact wording first, then the American spelling the JWT middleware sends.
  await expect(exact).toHaveCount(3);
  const paths = await exact
    .locator('a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(paths.slice(0, 2).sort()).toEqual(['/401/key-not-authorised/', '/403/key-not-authorised/']);
  expect(paths[2]).toBe('/403/key-not-authorized/');
  await expect(exact.first()).toContainText('Exact match');
});
