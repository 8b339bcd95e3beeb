/** Page weight and search latency, measured in Debian's Chromium against a previewed build. */
import { readFileSync } from 'node:fs';
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

export interface PasteTiming {
  label: string;
  bytes: number;
  /** Paste → the search table's results on screen. */
  firstMs: number;
  /** Paste → Pagefind's results below them. */
  completeMs: number;
  /** The tab's renderer process: peak resident memory (VmHWM). */
  peakTabMb: number;
}

/** Peak resident memory of the renderer processes Chromium runs now, in MB (Linux /proc). */
async function peakRendererMb(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await session.detach();
  let peak = 0;
  for (const { type, id } of processInfo) {
    if (type !== 'renderer') continue;
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(hwm ?? 0) / 1024);
    } catch {
      // The renderer ended.
    }
  }
  return peak;
}

/** Each paste on a fresh page, after one short query has loaded the search: time to results and peak tab memory. */
export async function measurePastes(browser: Browser, url: string, pastes: Array<[string, string]>): Promise<PasteTiming[]> {
  const timings: PasteTiming[] = [];
  for (const [label, text] of pastes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await timeQuery(page, 'quota');
    const [firstMs, completeMs] = await page.evaluate(async (pasted) => {
      const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
      // How the search marks a long query on the listbox (src/scripts/search-ui.ts).
      const mark = pasted.length <= 2048 ? pasted : `${pasted.slice(0, 2048)}… (${pasted.length} characters)`;
      const clipboard = new DataTransfer();
      clipboard.setData('text/plain', pasted);
      const start = performance.now();
      // A paste as the browser delivers it: the search's paste listener decides what the field shows.
      const event = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true });
      if (input.dispatchEvent(event)) {
        input.value = pasted;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      let first = 0;
      while (listbox.dataset['complete'] !== mark) {
        if (!first && listbox.dataset['query'] === mark) first = performance.now() - start;
        if (performance.now() - start > 30_000) throw new Error('No results for the paste within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return [first || performance.now() - start, performance.now() - start];
    }, text);
    timings.push({ label, bytes: text.length, firstMs, completeMs, peakTabMb: await peakRendererMb(browser) });
    await context.close();
  }
  return timings;
}

/** A gateway log excerpt of about `bytes` characters, one catalogued message in the middle. */
export function logExcerpt(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line =
      i === 40
        ? `tyk-gateway-1  | time="Jul 02 09:${String(i % 60).padStart(2, '0')}:11" level=error msg="Upstream service reached hard timeout." api_id=orders path=/v1/items prefix=proxy`
        : `tyk-gateway-1  | time="Jul 02 09:${String(i % 60).padStart(2, '0')}:11" level=info msg="Attempted access with non-existent key." api_id=orders key="****${(i * 7919).toString(16)}" mw=AuthKey origin=10.1.${i % 250}.7 path=/v1/items/${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n').slice(0, bytes);
}
