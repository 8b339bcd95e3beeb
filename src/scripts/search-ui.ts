/**
 * The search combobox (WAI-ARIA combobox pattern with a listbox popup) on top of Pagefind's JS API.
 * Each option holds a link to an entry's permalink; arrow keys move, Enter opens, Escape closes.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

const maxResults = 8;
const pagefindByBase = new Map<string, Promise<PagefindApi>>();

function loadPagefind(base: string): Promise<PagefindApi> {
  let pagefind = pagefindByBase.get(base);
  if (!pagefind) {
    pagefind = (async () => {
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl: base, excerptLength: 18 });
      return api;
    })();
    pagefindByBase.set(base, pagefind);
  }
  return pagefind;
}

function statusClassOf(status: string): string {
  if (status === 'TLS') return 'bg-tls';
  return status.startsWith('5') ? 'bg-server-error' : 'bg-client-error';
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

function renderOption(result: PagefindResultData, id: string): HTMLLIElement {
  const option = document.createElement('li');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.className =
    'border-b border-slate-200 last:border-0 aria-selected:bg-slate-100 dark:border-slate-800 dark:aria-selected:bg-slate-800';

  const link = document.createElement('a');
  link.href = result.url;
  link.tabIndex = -1;
  link.className = 'block px-3 py-2 no-underline';

  const heading = document.createElement('span');
  heading.className = 'flex items-baseline gap-2';
  const status = result.meta['status'] ?? '';
  const badge = document.createElement('span');
  badge.className = `rounded px-1.5 py-0.5 font-mono text-xs font-semibold text-white ${statusClassOf(status)}`;
  badge.textContent = status;
  const message = document.createElement('span');
  message.className = 'font-mono text-sm font-medium text-brand-700 dark:text-sky-300';
  message.textContent = result.meta['message'] ?? result.meta['title'] ?? result.url;
  heading.append(badge, message);

  const summary = document.createElement('span');
  summary.className = 'mt-0.5 block text-sm text-slate-700 dark:text-slate-300';
  summary.textContent = result.meta['summary'] ?? '';

  const excerpt = document.createElement('span');
  excerpt.className = 'mt-0.5 block text-xs text-slate-600 dark:text-slate-400';
  appendExcerpt(excerpt, result.excerpt);

  link.append(heading, summary, excerpt);
  option.append(link);
  return option;
}

/** Wires one search form; safe to call more than once. */
export function attachSearch(form: HTMLFormElement): void {
  if (form.dataset['searchReady']) return;
  form.dataset['searchReady'] = 'true';

  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const announcer = form.querySelector<HTMLElement>('[data-search-status-message]')!;
  const base = form.dataset['searchBase'] ?? '/';
  const statusFilter = form.dataset['searchStatus'];
  let activeIndex = -1;
  let latestQuery = 0;

  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];

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

  async function runSearch(term: string): Promise<void> {
    const query = ++latestQuery;
    if (!term.trim()) {
      listbox.replaceChildren();
      setOpen(false);
      announcer.textContent = '';
      return;
    }
    const pagefind = await loadPagefind(base);
    const filters = statusFilter ? { status: statusFilter } : undefined;
    const search = await pagefind.search(term, filters ? { filters } : {});
    if (!search || query !== latestQuery) return;
    const results = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
    if (query !== latestQuery) return;
    listbox.replaceChildren(...results.map((result, index) => renderOption(result, `${listbox.id}-${index}`)));
    if (results.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'px-3 py-2 text-sm text-slate-600 dark:text-slate-400';
      empty.textContent = 'No matching errors.';
      listbox.append(empty);
    }
    announcer.textContent = results.length === 1 ? '1 result' : `${results.length} results`;
    setOpen(true);
  }

  input.addEventListener('input', () => void runSearch(input.value));

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

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target = options()[Math.max(activeIndex, 0)]?.querySelector('a');
    if (target) window.location.assign(target.href);
  });

  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => {
    if (options().length > 0 && input.value.trim()) setOpen(true);
  });

  if (input.value) void runSearch(input.value);
}
