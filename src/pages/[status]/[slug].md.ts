/** Each entry as Markdown, for support tools and assistants that cite the catalog. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allErrors, titleOf, type ErrorEntry } from '../../data/catalog';
import { categoryLabel } from '../../lib/categories';
import { logLineText } from '../../lib/operator-source';
import { sourceLineUrl } from '../../lib/source-links';
import { statusLabel } from '../../lib/status';
import { absoluteUrl, flagPath, permalinkPath } from '../../lib/urls';
import { releasesWithLog } from '../../data/operator';
import { releaseSummary } from '../../data/releases';

export const getStaticPaths = (() =>
  allErrors.map((entry) => ({
    params: { status: String(entry.data.status), slug: entry.data.slug },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props: { entry }, site }) => {
  const { status, slug, message, summary, category, example, source, documentedAs, logs, flags, errorId } = entry.data;
  const { label: sentBy, retiredIn, unreleased } = releaseSummary(entry);
  const lines = [
    `# ${statusLabel(status)} ${titleOf(entry)}`,
    '',
    `- Status: ${statusLabel(status)}`,
    `- Message: \`${message}\``,
    `- Category: ${categoryLabel(category)}`,
    ...(sentBy ? [`- Releases: ${sentBy}${retiredIn && !unreleased ? ` (no longer sent since ${retiredIn})` : ''}`] : []),
    `- Permalink: ${absoluteUrl(permalinkPath(status, slug), site!)}`,
    '',
    summary,
    '',
    '## Example response',
    '',
    '```http',
    example.trimEnd(),
    '```',
    '',
    (entry.body ?? '').trim(),
    '',
    ...(logs.length > 0 || flags.length > 0 || errorId
      ? [
          '## In the logs',
          '',
          ...logs.map(
            (log) =>
              `- \`${logLineText(log)}\`${log.errorValue ? ' (a Go error value)' : ''} ([${log.source.file}:${log.source.line}](${sourceLineUrl(log.source)}), ${releasesWithLog(log)})`,
          ),
          ...flags.map(
            (flag) =>
              `- Access log: \`response_flag=${flag.code}${flag.details ? ` response_code_details=${flag.details}` : ''}\`${flag.cause ? ` (${flag.cause})` : ''}: ${absoluteUrl(flagPath(flag.code), site!)}`,
          ),
          ...(errorId ? [`- Error ID (override_messages key): \`${errorId}\``] : []),
          '',
        ]
      : []),
    '## In the gateway source',
    '',
    ...source.map(
      (location) => `- [${location.file}:${location.line}](${sourceLineUrl(location)}) ${location.symbol} (${location.ref})`,
    ),
    ...(documentedAs.length > 0
      ? [
          '',
          "## In Tyk's older documentation",
          '',
          ...documentedAs.map(
            (listing) => `- ${listing.status ?? ''} "${listing.message}"${listing.note ? `: ${listing.note}` : ''}`,
          ),
        ]
      : []),
  ];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
