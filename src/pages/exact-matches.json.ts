/**
 * The exact-match table the search loads with Pagefind: every entry with the normalised wordings
 * that identify it (its message, then the wordings older docs used), so a pasted message or
 * response goes straight to its entry. Pagefind stays the full-text engine for everything else.
 */
import type { APIRoute } from 'astro';
import { allErrors } from '../data/catalog';
import { linesOf, releaseSummary } from '../data/releases';
import { normaliseMessage, type ExactMatchRow } from '../lib/query';
import { permalinkPath } from '../lib/urls';

export type ExactMatchTableRow = ExactMatchRow & {
  category: string;
  audience: string;
  /** The release lines (`5.8`) whose checked releases send it. */
  release: string[];
  /** "Sent by 4.0.16 – 5.14.0" and the like. */
  releases?: string;
  unreleased?: true;
};

export const GET: APIRoute = () => {
  const rows: ExactMatchTableRow[] = allErrors.map((entry) => {
    const { data } = entry;
    const oldWordings = [...data.wordings, ...data.documentedAs].map((listing) => normaliseMessage(listing.message));
    const state = releaseSummary(entry);
    return {
      status: data.status,
      message: data.message,
      summary: data.summary,
      path: permalinkPath(data.status, data.slug),
      category: data.category,
      audience: data.audience,
      wordings: [...new Set([normaliseMessage(data.message), ...oldWordings])],
      sources: data.source.length,
      release: linesOf(entry),
      ...(state.label ? { releases: state.label } : {}),
      ...(state.unreleased ? { unreleased: true as const } : {}),
    };
  });
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
