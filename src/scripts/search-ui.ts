/**
 * The search combobox (WAI-ARIA combobox pattern with a listbox popup). A paste that carries a
 * gateway message goes straight to its entry through the exact-match table; Pagefind's JS API finds
 * everything else. Each option holds a link to an entry's permalink; arrow keys move, Enter opens,
 * Escape closes. The home page keeps the query and filters in its URL.
 */
import { findExactMatches, readPastedQuery } from '../lib/query';
import { filterKeys, type FilterKey } from '../lib/search-filters';
import { statusBadgeColour, statusFromLabel } from '../lib/status';
import type { ExactMatchTableRow } from '../pages/exact-matches.json';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindSearch {
  results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

interface SearchEngine {
  pagefind: PagefindApi;
  exactMatches: ExactMatchTableRow[];
}

interface ResultView {
  url: string;
  status: string;
  message: string;
  summary: string;
  excerpt?: string;
  exact?: 'message' | 'old-wording';
  /** Which checked releases send it, e.g. "Since 5.10.0". */
  releases?: string | undefined;
  unreleased?: boolean;
}

const maxResults = 8;
const engines = new Map<string, Promise<SearchEngine>>();

function loadEngine(base: string): Promise<SearchEngine> {
  let engine = engines.get(base);
  if (!engine) {
    engine = (async () => {
      const [pagefind, exactMatches] = await Promise.all([
        import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
        fetch(`${base}exact-matches.json`).then((response) => response.json() as Promise<ExactMatchTableRow[]>),
      ]);
      await pagefind.options({ baseUrl: base, excerptLength: 18 });
      return { pagefind, exactMatches };
    })();
    engines.set(base, engine);
  }
  return engine;
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
    const label = result.exact === 'message' ? 'Exact match' : 'Exact match: older wording';
    heading.append(element('span', 'rounded-full bg-emerald-100 px-2 text-xs font-semibold text-emerald-900', label));
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

/** Wires one search form; safe to call more than once. */
export function attachSearch(form: HTMLFormElement): SearchController {
  const existing = controllers.get(form);
  if (existing) return existing;

  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
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
  // The user is reaching for search: fetch Pagefind and the exact-match table before the first keystroke.
  void loadEngine(base);

  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];

  function chosenFilters(): Partial<Record<FilterKey, string>> {
    const filters: Partial<Record<FilterKey, string>> = fixedStatus ? { status: fixedStatus } : {};
    for (const [key, select] of filterSelects) if (select.value) filters[key] = select.value;
    return filters;
  }

  function setOpen(open: boolean): void {
    listbox.hidden = !open;
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
    // Browsers turn a paste's newlines into spaces, or drop them.
    const withoutSpace = (text: string) => text.replace(/\s+/g, '');
    return pasted && withoutSpace(pasted) === withoutSpace(input.value) ? pasted : input.value;
  }

  async function runSearch(): Promise<void> {
    const term = currentTerm();
    const query = ++latestQuery;
    rememberInUrl(term.trim());
    if (!term.trim()) {
      listbox.replaceChildren();
      setOpen(false);
      showCounts(undefined);
      announcer.textContent = '';
      return;
    }
    const { pagefind, exactMatches } = await loadEngine(base);
    const filters = chosenFilters();
    const matchesFilters = (row: ExactMatchTableRow) =>
      filterKeys.every((key) => {
        const value = row[key];
        return !filters[key] || (Array.isArray(value) ? value.includes(filters[key]) : String(value) === filters[key]);
      });
    const exact = findExactMatches(term, exactMatches.filter(matchesFilters)).map(({ row, viaOldWording }): ResultView => ({
      url: `${base.replace(/\/$/, '')}${row.path}`,
      status: row.status === 'tls' ? 'TLS' : String(row.status),
      message: row.message,
      summary: row.summary,
      exact: viaOldWording ? 'old-wording' : 'message',
      releases: (row as ExactMatchTableRow).releases,
      unreleased: (row as ExactMatchTableRow).unreleased === true,
    }));

    if (form.dataset['searchOpenExact'] !== undefined && exact[0]) {
      window.location.replace(exact[0].url);
      return;
    }

    // Pagefind gets the message out of a pasted body or response, not its JSON punctuation.
    const pagefindTerm = readPastedQuery(term).candidates[0] ?? term;
    const search = await pagefind.search(pagefindTerm, { filters });
    if (query !== latestQuery) return;
    const shown = new Set(exact.map((result) => result.url));
    const pagefindResults = search ? await Promise.all(search.results.slice(0, maxResults).map((result) => result.data())) : [];
    if (query !== latestQuery) return;
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
      }));
    const results = [...exact, ...fullText].slice(0, maxResults);

    listbox.replaceChildren(...results.map((result, index) => renderOption(result, `${listbox.id}-${index}`)));
    setActive(-1);
    // Lets tests and tools tell which query the listed results answer.
    listbox.dataset['query'] = term;
    if (results.length === 0) {
      listbox.append(element('li', 'px-3 py-2 text-sm text-slate-600 dark:text-slate-400', 'No matching errors.'));
    }
    showCounts(search?.filters);
    announcer.textContent = `${results.length === 1 ? '1 result' : `${results.length} results`}${exact.length ? ', first is an exact match' : ''}`;
    setOpen(true);
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

  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => {
    if (options().length > 0 && input.value.trim()) setOpen(true);
  });

  if (input.value) search();
  const controller = { openResult };
  controllers.set(form, controller);
  return controller;
}
