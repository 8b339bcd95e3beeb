/**
 * The search table the browser loads before Pagefind: every entry with every wording the catalog
 * knows for it (message, other and older wordings, documented wordings, log lines, access-log flags),
 * so a paste holding any of them goes straight to its entry. Built from the collection at build time,
 * with the releases that send each wording taken from the extracted gateway source.
 */
import type { APIRoute } from 'astro';
import { allErrors } from '../data/catalog';
import { classificationsOf } from '../data/operator';
import { linesOf, releases, releaseSummary, releasesOf } from '../data/releases';
import { errorTextsOf } from '../lib/paste/error-texts';
import { wordingChange } from '../lib/releases';
import { withWordingForms } from '../lib/paste/match';
import { searchTableEntry, type SearchTableEntry } from '../lib/paste/table';
import { permalinkPath } from '../lib/urls';

export const GET: APIRoute = () => {
  const rows: SearchTableEntry[] = allErrors.map((entry) => {
    const { data } = entry;
    const sent = releasesOf(entry);
    const state = releaseSummary(entry);
    const row = searchTableEntry(
      {
        ...data,
        wordings: sent.wordings.map(({ status, message, tags }) => ({
          status,
          message,
          change: wordingChange(tags, sent.message.tags, releases),
        })),
        flags: data.flags.map(({ code, details }) => ({
          code,
          details,
          errors: errorTextsOf(classificationsOf(code), details),
        })),
      },
      permalinkPath(data.status, data.slug),
    );
    return {
      ...row,
      release: linesOf(entry),
      ...(state.label ? { sentBy: state.label } : {}),
      ...(state.unreleased ? { unreleased: true as const } : {}),
    };
  });
  return new Response(JSON.stringify(withWordingForms(rows)), { headers: { 'Content-Type': 'application/json' } });
};
