/** A keyboard-only walk: home → status → error → search → result, with focus visible at every step. */
import { expect, test, type Page } from '@playwright/test';
import { findEntry, pathOf } from './catalog';

async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const style = getComputedStyle(focused);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(outline.style !== 'none' && outline.width > 0).toBe(true);
}

async function tabTo(page: Page, matches: (page: Page) => Promise<boolean>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await matches(page)) return;
  }
  throw new Error('never reached the element by Tab');
}

test('keyboard only, with visible focus', async ({ page }) => {
  const entry = findEntry(403, 'Quota exceeded');
  await page.goto('/');

  await tabTo(page, (p) => p.evaluate(() => document.activeElement?.getAttribute('href')?.endsWith('/403/') ?? false));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/403\/$/);

  await tabTo(page, (p) => p.evaluate((path) => document.activeElement?.getAttribute('href') === path, pathOf(entry)), 200);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${pathOf(entry)}$`));
  // The shortcut is wired by the page's module script, which runs once the page has loaded.
  await page.waitForLoadState('load');

  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the error reference' });
  await expect(box).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Rate Limit Exceeded');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('data-query', 'Rate Limit Exceeded');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/429\/rate-limit-exceeded\/$/);
});
