/**
 * The search combobox (WAI-ARIA combobox pattern with a listbox popup): the view. The paste reader
 * (src/lib/paste/) reads the query against the search table and says what the paste is; those
 * results show at once, and Pagefind's full-text results follow below them once its WebAssembly is
 * in. Each option holds a link to an entry's permalink; arrow keys move, Enter opens, Escape closes.
 * The home page keeps a bounded query and the filters in its URL.
 */
import { answerPaste, type AnswerResult, type SearchIndex } from '../lib/paste/answer';
import { buildFuzzyIndexInChunks } from '../lib/paste/fuzzy';
import { prepareTable } from '../lib/paste/match';
import type { SearchTableEntry, WordingKind } from '../lib/paste/table';
import { filterKeys, type FilterKey } from '../lib/search-filters';
import { partBundles, partsManifestFile } from '../lib/search-index-parts';
import { statusBadgeColour, statusFromLabel } from '../lib/status';
import { fetchSearchTable } from './search-table';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindSearch {
  results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}

interface PagefindOptions {
  baseUrl?: string;
  excerptLength?: number;
}

interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another bundle's index to every search; its options apply to its results. */
  mergeIndex(bundle: string, options: PagefindOptions): Promise<void>;
  destroy(): Promise<void>;
  filters(): Promise<PagefindSearch['filters']>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

interface ResultView {
  url: string;
  status: string;
  message: string;
  summary: string;
  excerpt?: string;
  exact?: WordingKind;
  /** Which checked releases send it, e.g. "Since 5.10.0". */
  releases?: string | undefined;
  unreleased?: boolean;
}

const maxResults = 8;
const exactLabels: Record<WordingKind, string> = {
  message: 'Exact match',
  wording: 'Exact match: other wording',
  documented: 'Exact match: older docs wording',
  log: 'Exact match: log line',
  flag: 'Exact match: access-log flag',
};
/** Queries up to this length are marked in full on the listbox; a megabyte paste is not copied into the DOM. */
const maxMarkedQuery = 2048;
const queryMark = (term: string) =>
  term.length <= maxMarkedQuery ? term : `${term.slice(0, maxMarkedQuery)}… (${term.length} characters)`;

const tables = new Map<string, Promise<SearchIndex | undefined>>();
/** When each table's fuzzy index is in (`fuzzy` set), built in the background after the first results. */
const fuzzyReady = new WeakMap<SearchIndex, Promise<unknown>>();
const pagefinds = new Map<string, Promise<PagefindApi>>();

interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * Resolves after the next frame, in a background-priority task where the browser has the Prioritized
 * Task Scheduling API (input, rendering and ordinary tasks go first), else in the next task. Background
 * work (the fuzzy index, Pagefind) starts there: it never holds up the paint of the first results, yet
 * starts at once on a busy page, unlike an idle callback. A hidden tab draws no frames (a link opened in
 * the background): there it starts in the next task.
 */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    const inBackground = () => {
      const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
      if (scheduler) void scheduler.postTask(resolve, { priority: 'background' });
      else setTimeout(resolve, 0);
    };
    if (document.visibilityState === 'hidden') inBackground();
    else requestAnimationFrame(inBackground);
  });

/**
 * The search table, prepared once: small, so it is in long before Pagefind's WebAssembly. Undefined
 * when it did not load: the search then answers from Pagefind alone.
 */
function loadTable(base: string): Promise<SearchIndex | undefined> {
  let table = tables.get(base);
  if (!table) {
    table = fetchSearchTable(base).then(
      (entries) => {
        const index: SearchIndex = { table: prepareTable(entries) };
        // The rest in the background, so the first query is answered (from exact matches) and drawn at once:
        // the fuzzy index, then one throwaway answer so the first whole answer runs compiled code.
        index.fuzzyBuild = buildFuzzyIndexInChunks(index.table, afterNextPaint());
        const ready = index.fuzzyBuild.done.then((fuzzy) => (index.fuzzy ??= fuzzy));
        fuzzyReady.set(index, ready);
        void ready.then(afterNextPaint).then(() => answerPaste('Quota exceeded', index));
        return index;
      },
      (error: unknown) => {
        console.warn('Search: the table of wordings did not load; full-text results only.', error);
        tables.delete(base);
        return undefined;
      },
    );
    tables.set(base, table);
  }
  return table;
}

/**
 * The other parts of a search index built in parts (src/lib/search-index-parts.ts). Without a manifest, or
 * with one it cannot read, the search uses the main index alone.
 */
async function fetchIndexParts(bundle: string): Promise<string[]> {
  try {
    const response = await fetch(`${bundle}${partsManifestFile}`);
    if (!response.ok) throw new Error(`${partsManifestFile} answered ${response.status}`);
    return partBundles(await response.json(), bundle);
  } catch (error) {
    console.warn('Search: the index parts were not read; searching the main index only.', error);
    return [];
  }
}

function loadPagefind(base: string): Promise<PagefindApi> {
  let pagefind = pagefinds.get(base);
  if (!pagefind) {
    pagefind = (async () => {
      const bundle = `${base}pagefind/`;
      const [api, parts] = await Promise.all([
        import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>,
        fetchIndexParts(bundle),
      ]);
      const options = { baseUrl: base, excerptLength: 18 };
      await api.options(options);
      // Its WebAssembly and index metadata now, not at the first query.
      await api.init();
      try {
        // Raises the main bundle's loading error, if any: merging waits for its WebAssembly for ever.
        if (parts.length > 0) await api.filters();
        await Promise.all(parts.map((part) => api.mergeIndex(part, options)));
      } catch (error) {
        // A part Pagefind could not load fails every later search; start again with the main index alone.
        console.warn('Search: a part of the index did not load; searching the main index only.', error);
        await api.destroy();
        await api.options(options);
        await api.init();
      }
      // Loads every filter's values: a search counts results only by the filters already loaded, so without
      // this every count would read 0 until a filter is chosen.
      await api.filters();
      return api;
    })();
    pagefinds.set(base, pagefind);
  }
  return pagefind;
}

/**
 * Starts everything a query needs: the table, already requested by the trigger, prepared; then, after
 * the next frame, Pagefind's script, WebAssembly and index metadata, so they do not slow its first answer.
 */
export function warmSearch(base: string): void {
  const warmPagefind = () => loadPagefind(base).catch((error: unknown) => console.warn('Search: Pagefind did not load.', error));
  void loadTable(base).then(afterNextPaint).then(warmPagefind);
}

/** Pagefind excerpts mark matches with `<mark>` and escape everything else; keep only the marks. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function renderOption(result: ResultView, id: string): HTMLLIElement {
  const option = element(
    'li',
    'border-b border-slate-200 last:border-0 aria-selected:bg-slate-100 dark:border-slate-800 dark:aria-selected:bg-slate-800',
  );
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  if (result.exact) option.dataset['exact'] = result.exact;

  const link = element('a', 'block px-3 py-2 no-underline');
  link.href = result.url;
  link.tabIndex = -1;

  const heading = element('span', 'flex flex-wrap items-baseline gap-2');
  heading.append(
    element(
      'span',
      `rounded px-1.5 py-0.5 font-mono text-xs font-semibold text-white ${statusBadgeColour(statusFromLabel(result.status))}`,
      result.status,
    ),
    element('span', 'font-mono text-sm font-medium break-words text-brand-700 dark:text-sky-300', result.message),
  );
  if (result.exact) {
    heading.append(
      element('span', 'rounded-full bg-emerald-100 px-2 text-xs font-semibold text-emerald-900', exactLabels[result.exact]),
    );
  }
  if (result.unreleased)
    heading.append(element('span', 'rounded-full bg-violet-100 px-2 text-xs font-semibold text-violet-900', 'Unreleased'));
  link.append(heading, element('span', 'mt-0.5 block text-sm text-slate-700 dark:text-slate-300', result.summary));
  if (result.releases) link.append(element('span', 'mt-0.5 block text-xs text-slate-600 dark:text-slate-400', result.releases));
  if (result.excerpt) {
    const excerpt = element('span', 'mt-0.5 block text-xs text-slate-600 dark:text-slate-400');
    appendExcerpt(excerpt, result.excerpt);
    link.append(excerpt);
  }
  option.append(link);
  return option;
}

interface SearchController {
  /** Opens the selected result, or the first, once the latest query's results are in. */
  openResult(): Promise<void>;
}

const controllers = new WeakMap<HTMLFormElement, SearchController>();
let emptyIndex: SearchIndex | undefined;

/** Wires one search form; safe to call more than once. */
export function attachSearch(form: HTMLFormElement): SearchController {
  const existing = controllers.get(form);
  if (existing) return existing;

  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const verdict = form.querySelector<HTMLElement>('[data-search-verdict]')!;
  const announcer = form.querySelector<HTMLElement>('[data-search-status-message]')!;
  const filterSelects = new Map(
    filterKeys.flatMap((key) => {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      return select ? [[key, select] as const] : [];
    }),
  );
  const base = form.dataset['searchBase'] ?? '/';
  const fixedStatus = form.dataset['searchStatus'];
  const keepsUrl = form.dataset['searchMain'] !== undefined;
  let activeIndex = -1;
  let latestQuery = 0;
  let pendingSearch: Promise<void> = Promise.resolve();
  warmSearch(base);

  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];

  function chosenFilters(): Partial<Record<FilterKey, string>> {
    const filters: Partial<Record<FilterKey, string>> = fixedStatus ? { status: fixedStatus } : {};
    for (const [key, select] of filterSelects) if (select.value) filters[key] = select.value;
    return filters;
  }

  function setOpen(open: boolean): void {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  function setActive(index: number): void {
    const all = options();
    activeIndex = index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = all[index];
    if (active) {
      input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function rememberInUrl(term: string): void {
    if (!keepsUrl) return;
    const url = new URL(window.location.href);
    url.searchParams.delete('q');
    for (const key of filterKeys) url.searchParams.delete(key);
    if (term) url.searchParams.set('q', term);
    for (const [key, value] of Object.entries(chosenFilters())) url.searchParams.set(key, value);
    window.history.replaceState(null, '', url);
  }

  function showCounts(counts: PagefindSearch['filters'] | undefined): void {
    for (const [key, select] of filterSelects) {
      for (const option of select.options) {
        if (!option.value) continue;
        const count = counts ? (counts[key]?.[option.value] ?? 0) : Number(option.dataset['total']);
        option.textContent = `${option.dataset['label']} (${count})`;
      }
    }
  }

  /** The query: the pasted text with its newlines if the field still holds that paste, else what was typed. */
  function currentTerm(): string {
    const pasted = input.dataset['pasted'];
    // A long paste: the field shows its start (see search-trigger.ts).
    if (pasted && input.dataset['pastedShown'] === input.value) return pasted;
    // Browsers turn a paste's newlines into spaces, or drop them.
    const withoutSpace = (text: string) => text.replace(/\s+/g, '');
    return pasted && withoutSpace(pasted) === withoutSpace(input.value) ? pasted : input.value;
  }

  function announce(count: number, exact: boolean): void {
    const results = count === 1 ? '1 result' : `${count} results`;
    announcer.textContent = `${verdict.textContent}. ${results}${exact ? ', first is an exact match' : ''}`;
  }

  function listResults(results: ResultView[], from: number): void {
    listbox.querySelector('[data-no-results]')?.remove();
    listbox.append(...results.map((result, index) => renderOption(result, `${listbox.id}-${from + index}`)));
    if (options().length === 0) {
      const empty = element('li', 'px-3 py-2 text-sm text-slate-600 dark:text-slate-400', 'No matching errors.');
      empty.dataset['noResults'] = '';
      listbox.append(empty);
    }
  }

  async function runSearch(): Promise<void> {
    const term = currentTerm();
    const query = ++latestQuery;
    if (!term.trim()) {
      rememberInUrl('');
      listbox.replaceChildren();
      setOpen(false);
      showCounts(undefined);
      announcer.textContent = '';
      return;
    }
    const index = await loadTable(base);
    if (query !== latestQuery) return;
    // Without the table, its reading still bounds what goes to Pagefind and to the URL.
    emptyIndex ??= { table: prepareTable([]) };
    const filters = chosenFilters();
    const passes = (entry: SearchTableEntry) =>
      filterKeys.every((key) => {
        const value = entry[key];
        return !filters[key] || (Array.isArray(value) ? value.includes(filters[key]) : String(value) === filters[key]);
      });
    // A deep link that opens an exact match waits for the whole answer: a misquote must not open an entry.
    const opensExact = form.dataset['searchOpenExact'] !== undefined;
    const answer = answerPaste(term, index ?? emptyIndex, 40, !opensExact);
    const toView = ({ entry, exact }: AnswerResult): ResultView => ({
      url: `${base.replace(/\/$/, '')}${entry.path}`,
      status: entry.status === 'tls' ? 'TLS' : String(entry.status),
      message: entry.message,
      summary: entry.summary,
      ...(exact ? { exact } : {}),
      releases: entry.sentBy,
      unreleased: entry.unreleased === true,
    });
    const fromTable = answer.results
      .filter(({ entry }) => passes(entry))
      .slice(0, maxResults)
      .map(toView);

    if (opensExact && fromTable[0]?.exact) {
      window.location.replace(fromTable[0].url);
      return;
    }
    rememberInUrl(answer.urlQuery);

    // The table's answer first, without waiting for Pagefind.
    verdict.textContent = index ? answer.verdict.text : 'Full-text results only: the table of wordings did not load';
    verdict.dataset['kind'] = answer.verdict.kind;
    listbox.replaceChildren();
    delete listbox.dataset['first'];
    delete listbox.dataset['query'];
    delete listbox.dataset['complete'];
    listResults(fromTable, 0);
    setActive(-1);
    setOpen(true);
    // The query whose first results are on screen (the exact matches, or the whole answer): what the bench times.
    listbox.dataset['first'] = queryMark(term);
    if (answer.partial && index) {
      // The exact matches are on screen; the whole answer (near wordings, misquotes) follows when the fuzzy
      // index is in, within this search, so Enter (which awaits it) opens the whole answer's first result.
      await fuzzyReady.get(index);
      if (query === latestQuery) return runSearch();
      return;
    }
    // Lets tests and tools tell which query the listed results answer (a long paste by its start and length).
    listbox.dataset['query'] = queryMark(term);
    announce(fromTable.length, fromTable[0]?.exact !== undefined);

    // Then Pagefind's full-text results, below: only the relevant part of the paste goes to it.
    const pagefind = await loadPagefind(base);
    if (query !== latestQuery) return;
    const search = await pagefind.search(answer.pagefindTerm, { filters });
    const pagefindResults = search ? await Promise.all(search.results.slice(0, maxResults).map((result) => result.data())) : [];
    if (query !== latestQuery) return;
    const shown = new Set(fromTable.map((result) => result.url));
    const fullText = pagefindResults
      .filter((result) => !shown.has(result.url))
      .map((result): ResultView => ({
        url: result.url,
        status: result.meta['status'] ?? '',
        message: result.meta['message'] ?? result.meta['title'] ?? result.url,
        summary: result.meta['summary'] ?? '',
        excerpt: result.excerpt,
        releases: result.meta['releases'],
        unreleased: result.meta['unreleased'] === 'true',
      }))
      .slice(0, Math.max(0, maxResults - fromTable.length));
    listResults(fullText, fromTable.length);
    listbox.dataset['complete'] = queryMark(term);
    showCounts(search?.filters);
    announce(fromTable.length + fullText.length, fromTable[0]?.exact !== undefined);
  }

  const search = () => (pendingSearch = runSearch());
  input.addEventListener('input', search);
  for (const select of filterSelects.values()) select.addEventListener('change', search);

  input.addEventListener('keydown', (event) => {
    const count = options().length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((activeIndex + 1) % count);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        break;
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          setOpen(false);
        } else {
          input.value = '';
        }
        break;
    }
  });

  // Enter right after typing opens a result of the latest query, not of one typed a keystroke earlier.
  async function openResult(): Promise<void> {
    await pendingSearch;
    const target = options()[Math.max(activeIndex, 0)]?.querySelector('a');
    if (target) window.location.assign(target.href);
  }

  popup.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => {
    if (options().length > 0 && input.value.trim()) setOpen(true);
  });

  if (input.value) search();
  const controller = { openResult };
  controllers.set(form, controller);
  return controller;
}
