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
  /** What the page fetches up to its load event. */
  gzipBytes: Record<ResourceKind | 'total', number>;
  /** What it fetches after its load event, unasked (the home page loads the search when idle). */
  afterLoadGzipBytes: number;
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
  const pending: Array<Promise<[ResourceKind | 'after-load', number]>> = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('response', (response) => {
    const afterLoad = loaded;
    pending.push(
      response
        .body()
        .then((body): [ResourceKind | 'after-load', number] => [
          afterLoad ? 'after-load' : kindOf(response.url(), response.headers()['content-type'] ?? ''),
          gzipSync(body).length,
        ])
        .catch((): [ResourceKind, number] => ['other', 0]),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes = await Promise.all(pending);
  await context.close();
  const gzipBytes = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
  let afterLoadGzipBytes = 0;
  let requests = 0;
  for (const [kind, bytes] of sizes) {
    if (kind === 'after-load') {
      afterLoadGzipBytes += bytes;
      continue;
    }
    requests++;
    gzipBytes[kind] += bytes;
    gzipBytes.total += bytes;
  }
  return { requests, gzipBytes, afterLoadGzipBytes };
}

export interface SearchTiming {
  /** Home page: the query typed the instant the box is focused, at the page's load event. */
  atLoadMs: number;
  /** The same, pasted (a paste event) instead of typed. */
  pastedAtLoadMs: number;
  /** Home page: typed the instant the box is focused, once the page has settled (no request for 500 ms). */
  settledMs: number;
  /** An error page's header box (it loads nothing before focus): typed the instant it is focused, page settled. */
  otherPageMs: number;
  /** A second, different query once everything is loaded. */
  nextMs: number;
  /** From the first query's table results to Pagefind's below them (the at-load query). */
  pagefindAfterMs: number;
  /** Bytes (gzip) fetched because of the search, after the page settled (error page). */
  searchGzipBytes: number;
}

interface QueryTiming {
  /** Keystroke or paste event → the first result drawn (the frame after it entered the DOM). */
  firstMs: number;
  /** Keystroke or paste event → Pagefind's results added. */
  completeMs: number;
}

/**
 * Focuses the page's first search box and, at once, types (sets the field and fires `input`, as a
 * keystroke does) or pastes the query; times it from that event, in the page, to the result drawn.
 */
async function timeQuery(page: Page, query: string, how: 'typed' | 'pasted' = 'typed'): Promise<QueryTiming> {
  return page.evaluate(
    async ([text, how]) => {
      const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
      // How the search marks a long query on the listbox (src/scripts/search-ui.ts).
      const mark = text.length <= 2048 ? text : `${text.slice(0, 2048)}… (${text.length} characters)`;
      input.focus();
      const start = performance.now();
      // Named helpers would not survive the bundling of this function into the page (esbuild's __name).
      let pasteTookIt = false;
      if (how === 'pasted') {
        const clipboard = new DataTransfer();
        clipboard.setData('text/plain', text);
        // A paste as the browser delivers it: the search's paste listener decides what the field shows.
        pasteTookIt = !input.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
        );
      }
      if (!pasteTookIt) {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return new Promise<QueryTiming>((resolve, reject) => {
        let first: Promise<number> | undefined;
        const timeout = setTimeout(() => reject(new Error(`No results for ${JSON.stringify(mark)} within 30 s`)), 30_000);
        const observer = new MutationObserver(() => {
          // `data-first`: the first results drawn, the exact matches before the whole answer when there are any.
          if (!first && listbox.dataset['first'] === mark && listbox.querySelector('[role="option"]')) {
            // Drawn: the frame that shows it has been produced once a task after the next animation frame runs.
            first = new Promise((drawn) => requestAnimationFrame(() => setTimeout(() => drawn(performance.now() - start))));
          }
          if (first && listbox.dataset['complete'] === mark) {
            const completeMs = performance.now() - start;
            observer.disconnect();
            clearTimeout(timeout);
            void first.then((firstMs) => resolve({ firstMs, completeMs }));
          }
        });
        observer.observe(listbox, { attributes: true, childList: true });
      });
    },
    [query, how] as const,
  );
}

async function onFreshPage<T>(browser: Browser, url: string, waitUntil: 'load' | 'networkidle', use: (page: Page) => Promise<T>) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil });
    return await use(page);
  } finally {
    await context.close();
  }
}

/** `home` is the search-first home page; `other` a page whose search box is the header's. */
export async function measureSearch(
  browser: Browser,
  urls: { home: string; other: string },
  queries: [string, string],
): Promise<SearchTiming> {
  const [atLoad, nextMs] = await onFreshPage(browser, urls.home, 'load', async (page) => {
    const first = await timeQuery(page, queries[0]);
    return [first, (await timeQuery(page, queries[1])).firstMs] as const;
  });
  const pastedAtLoad = await onFreshPage(browser, urls.home, 'load', (page) => timeQuery(page, queries[0], 'pasted'));
  const settled = await onFreshPage(browser, urls.home, 'networkidle', (page) => timeQuery(page, queries[0]));
  const [otherPage, searchGzipBytes] = await onFreshPage(browser, urls.other, 'networkidle', async (page) => {
    const searchBytes: Array<Promise<number>> = [];
    page.on('response', (response) =>
      searchBytes.push(
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      ),
    );
    const timing = await timeQuery(page, queries[0]);
    await page.waitForLoadState('networkidle');
    return [timing, (await Promise.all(searchBytes)).reduce((sum, bytes) => sum + bytes, 0)] as const;
  });
  return {
    atLoadMs: atLoad.firstMs,
    pastedAtLoadMs: pastedAtLoad.firstMs,
    settledMs: settled.firstMs,
    otherPageMs: otherPage.firstMs,
    nextMs,
    pagefindAfterMs: atLoad.completeMs - atLoad.firstMs,
    searchGzipBytes,
  };
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
    const { firstMs, completeMs } = await timeQuery(page, text, 'pasted');
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
