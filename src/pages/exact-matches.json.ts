/**
 * The search table the browser loads before Pagefind: every entry with every wording the catalog
 * knows for it (message, other and older wordings, documented wordings, log lines, access-log flags),
 * so a paste holding any of them goes straight to its entry. Built from the collection at build time.
 */
import type { APIRoute } from 'astro';
import { allErrors } from '../data/catalog';
import { searchTableEntry } from '../lib/paste/table';
import { permalinkPath } from '../lib/urls';

export const GET: APIRoute = () => {
  const rows = allErrors.map(({ data }) => searchTableEntry(data, permalinkPath(data.status, data.slug)));
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
