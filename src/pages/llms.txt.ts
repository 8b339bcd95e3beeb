/** /llms.txt: the catalog for language-model tools, one line per error linking to its Markdown. */
import type { APIRoute } from 'astro';
import { statusGroups, type ErrorEntry } from '../data/catalog';
import { entriesWithFlag, flagDefinitions } from '../data/operator';
import { hasKnownText } from '../lib/operator-source';
import { statusLabel } from '../lib/status';
import { absoluteUrl, flagPath, permalinkPath } from '../lib/urls';

/** The flags, error ID and log lines of an entry, for tools that match a pasted log line. */
function operatorNote(data: ErrorEntry['data']): string {
  const logTexts = [...new Set(data.logs.filter(hasKnownText).map((log) => `"${log.message.trim()}"`))];
  const parts = [
    data.flags.length > 0 ? `flags ${[...new Set(data.flags.map((flag) => flag.code))].join(', ')}` : '',
    data.errorId ? `error ID ${data.errorId}` : '',
    logTexts.length > 0 ? `logs ${logTexts.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

export const GET: APIRoute = ({ site }) => {
  const sections = statusGroups.map(({ status, name, errors }) => [
    `## ${statusLabel(status)} ${name}`,
    '',
    ...errors.map(
      ({ data }) =>
        `- [${data.message}](${absoluteUrl(`${permalinkPath(data.status, data.slug).slice(0, -1)}.md`, site!)}): ${data.summary}${operatorNote(data)}`,
    ),
    '',
  ]);
  const text = [
    '# Tyk Gateway Error Reference',
    '',
    '> Every error response the Tyk API Gateway returns: the exact status and message, why the gateway sends it, and how to fix it, checked against the gateway source.',
    '',
    `The whole catalog as JSON: ${absoluteUrl('/errors.json', site!)}`,
    '',
    ...sections.flat(),
    '## Response flags (access log `response_flag`, v5.12 onwards)',
    '',
    ...flagDefinitions.map(
      (flag) =>
        `- [${flag.code}](${absoluteUrl(flagPath(flag.code), site!)}): ${flag.meaning}; ${entriesWithFlag(flag.code).length} errors`,
    ),
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
