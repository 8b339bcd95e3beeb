/** Page weight and search latency, measured in Debian's Chromium against a previewed build. */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../lib/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface PageWeight {
  requests: number;
  gzipBytes: Record<ResourceKind | 'total', number>;
}

function kindOf(url: string, contentType: string): ResourceKind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || url.endsWith('.js') || url.endsWith('.mjs')) return 'js';
  if (contentType.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Everything a cold first load fetches, gzip-compressed as a server would send it. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Array<Promise<[ResourceKind, number]>> = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body): [ResourceKind, number] => [
          kindOf(response.url(), response.headers()['content-type'] ?? ''),
          gzipSync(body).length,
        ])
        .catch((): [ResourceKind, number] => ['other', 0]),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes = await Promise.all(pending);
  await context.close();
  const gzipBytes = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
  for (const [kind, bytes] of sizes) {
    gzipBytes[kind] += bytes;
    gzipBytes.total += bytes;
  }
  return { requests: sizes.length, gzipBytes };
}

export interface SearchTiming {
  /** First keystroke to first result on a freshly loaded page, typed the moment the box is focused. */
  coldMs: number;
  /** The same on another fresh page, typed 300 ms after focusing (focus starts loading the search). */
  focusedMs: number;
  /** A second, different query once everything is loaded. */
  warmMs: number;
  /** Bytes (gzip) fetched because of the search. */
  searchGzipBytes: number;
}

async function timeQuery(page: Page, query: string, focusLeadMs = 0): Promise<number> {
  return page.evaluate(
    async ([text, lead]) => {
      const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
      input.focus();
      if (lead) await new Promise((resolve) => setTimeout(resolve, lead));
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (listbox.dataset['query'] !== text || !listbox.querySelector('[role="option"]')) {
        if (performance.now() - start > 15_000) throw new Error(`No result for ${JSON.stringify(text)} within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return performance.now() - start;
    },
    [query, focusLeadMs] as const,
  );
}

export async function measureSearch(browser: Browser, url: string, queries: [string, string]): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  let searchBytes: Array<Promise<number>> = [];
  page.on('response', (response) =>
    searchBytes.push(
      response.body().then(
        (body) => gzipSync(body).length,
        () => 0,
      ),
    ),
  );
  const coldMs = await timeQuery(page, queries[0]);
  await page.waitForLoadState('networkidle');
  const searchGzipBytes = (await Promise.all(searchBytes)).reduce((sum, bytes) => sum + bytes, 0);
  searchBytes = [];
  const warmMs = await timeQuery(page, queries[1]);
  await context.close();

  const focusedContext = await browser.newContext();
  const focusedPage = await focusedContext.newPage();
  await focusedPage.goto(url, { waitUntil: 'networkidle' });
  const focusedMs = await timeQuery(focusedPage, queries[0], 300);
  await focusedContext.close();
  return { coldMs, focusedMs, warmMs, searchGzipBytes };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
