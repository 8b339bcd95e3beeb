/**
 * Loaded on every page and kept tiny. At the first sign the user reaches for search (the pointer on
 * the box, focus, the `/` or Ctrl/⌘+K shortcut) it loads the search code and the search table side by
 * side; the search code then prepares the table and warms Pagefind. The home page, which is there to
 * search, requests the code and the table with the page, but leaves the work on them (tens of
 * milliseconds of main thread) to that first sign. What is typed before the code is in stays in the
 * field and is answered on arrival.
 */
import { fetchSearchTable } from './search-table';

type SearchModule = typeof import('./search-ui');

/** Pastes longer than this are not put in the field whole. */
const longPaste = 2048;

let searchCode: Promise<SearchModule> | undefined;
let searchModule: Promise<SearchModule> | undefined;

/** Requests the table and the code at once, not one after the other. A failed table is the search's to handle. */
function fetchSearch(base: string): Promise<SearchModule> {
  fetchSearchTable(base).catch(() => undefined);
  searchCode ??= import('./search-ui').catch((error: unknown) => {
    // The code did not load (a deploy replaced its hashed file, a network blip): the next intent tries again.
    searchCode = undefined;
    throw error;
  });
  return searchCode;
}

const codeFailed = (error: unknown) =>
  console.warn('Search: its code did not load; Enter or the next visit to the box tries again.', error);

function loadSearch(base: string): Promise<SearchModule> {
  searchModule ??= fetchSearch(base).then(
    (module) => (module.warmSearch(base), module),
    (error: unknown) => {
      searchModule = undefined;
      throw error;
    },
  );
  return searchModule;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function armSearchBoxes(): void {
  const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')];
  if (forms.length === 0) return;

  // A shared search URL (`/?q=…&status=403`) fills and runs the page's main search box.
  const shared = new URLSearchParams(window.location.search);
  const mainForm = forms.find((form) => form.dataset['searchMain'] !== undefined);
  const base = forms[0]!.dataset['searchBase'] ?? '/';
  // The home page is there to search: its code and table are requested with the page, so they are in by its load event.
  if (mainForm?.dataset['searchPreload'] !== undefined) void fetchSearch(base).catch(() => undefined);
  if (mainForm && shared.get('q')) {
    const input = mainForm.querySelector('input')!;
    input.value = input.dataset['pasted'] = shared.get('q')!;
    for (const select of mainForm.querySelectorAll('select')) select.value = shared.get(select.name) ?? '';
  } else if (mainForm && shared.get('message')) {
    // `/403/?message=Quota%20exceeded` goes to the entry when the message matches exactly.
    mainForm.querySelector('input')!.value = shared.get('message')!;
    mainForm.dataset['searchOpenExact'] = '';
  }

  for (const form of forms) {
    const input = form.querySelector('input')!;
    // A search field drops the newlines of a pasted response; keep the paste as it was.
    input.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text') ?? '';
      input.dataset['pasted'] = text;
      if (text.length > longPaste) {
        // A field holding a megabyte takes seconds to draw: it shows the paste's start, the search reads all.
        event.preventDefault();
        input.value = input.dataset['pastedShown'] =
          `${text.slice(0, 120).replace(/\s+/g, ' ')}… (${text.length} characters pasted)`;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    const start = () => void loadSearch(base).then(({ attachSearch }) => attachSearch(form), codeFailed);
    // Enter opens a result; pressed before the search code has loaded, it waits for it.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void loadSearch(base).then(({ attachSearch }) => attachSearch(form).openResult(), codeFailed);
    });
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('pointerenter', () => void loadSearch(base).catch(codeFailed), { once: true });
    if (input.value) start();
  }

  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !isTypingTarget(event.target));
    if (!shortcut) return;
    event.preventDefault();
    const visible = forms.find((form) => form.offsetParent !== null) ?? forms[0]!;
    visible.querySelector('input')!.focus();
  });
}
