/**
 * The exact-match table the search loads with Pagefind: every entry with the normalised wordings
 * that identify it (its message, then the wordings older docs used), so a pasted message or
 * response goes straight to its entry. Pagefind stays the full-text engine for everything else.
 */
import type { APIRoute } from 'astro';
import { allErrors } from '../data/catalog';
import { normaliseMessage, type ExactMatchRow } from '../lib/query';
import { permalinkPath } from '../lib/urls';

export type ExactMatchTableRow = ExactMatchRow & { category: string; audience: string };

export const GET: APIRoute = () => {
  const rows: ExactMatchTableRow[] = allErrors.map(({ data }) => {
    const oldWordings = data.documentedAs.map((listing) => normaliseMessage(listing.message));
    return {
      status: data.status,
      message: data.message,
      summary: data.summary,
      path: permalinkPath(data.status, data.slug),
      category: data.category,
      audience: data.audience,
      wordings: [...new Set([normaliseMessage(data.message), ...oldWordings])],
      sources: data.source.length,
    };
  });
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
