/**
 * The 404 page's forgiving URLs: a path that differs from a real one only in case, or that holds
 * the message itself instead of its slug, goes to the entry; a status in the wrong case (/TLS/) goes
 * to its status page; anything else becomes a search for the words of the path, showing the
 * closest entries.
 */
import { slugify } from '../lib/slug';
import type { SearchTableEntry } from '../lib/paste/table';
import { decodePathLeniently } from '../lib/urls';
import { attachSearch } from './search-ui';

async function redirectOrSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-search-main]');
  if (!form) return;
  const base = form.dataset['searchBase'] ?? '/';
  const rawPath = window.location.pathname.startsWith(base)
    ? window.location.pathname.slice(base.length)
    : window.location.pathname;
  const path = decodePathLeniently(rawPath).replace(/\/+$/, '');
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return;

  const table = (await (await fetch(`${base}exact-matches.json`)).json()) as SearchTableEntry[];
  const [first = '', last = ''] = [segments[0]!.toLowerCase(), segments.at(-1)!];
  const status = /^([1-5]\d\d|tls)$/.test(first) ? first : undefined;
  if (status && segments.length === 1 && table.some((row) => String(row.status) === status)) {
    window.location.replace(`${base}${status}/${window.location.search}${window.location.hash}`);
    return;
  }
  const slug = slugify(last);
  const candidates = table.filter(
    (row) => (!status || String(row.status) === status) && (row.path.endsWith(`/${slug}/`) || slugify(row.message) === slug),
  );
  if (candidates.length === 1) {
    window.location.replace(`${base.replace(/\/$/, '')}${candidates[0]!.path}${window.location.hash}`);
    return;
  }

  const words = segments
    .filter((segment) => segment.toLowerCase() !== status)
    .join(' ')
    .replace(/[-_+]+/g, ' ')
    .trim();
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  input.value = words;
  attachSearch(form);
  input.focus();
}

void redirectOrSearch();
