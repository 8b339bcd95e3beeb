/** Each entry as Markdown, for support tools and assistants that cite the catalog. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allErrors, titleOf, type ErrorEntry } from '../../data/catalog';
import { categoryLabel } from '../../lib/categories';
import { sourceLineUrl } from '../../lib/source-links';
import { statusLabel } from '../../lib/status';
import { absoluteUrl, permalinkPath } from '../../lib/urls';

export const getStaticPaths = (() =>
  allErrors.map((entry) => ({
    params: { status: String(entry.data.status), slug: entry.data.slug },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props: { entry }, site }) => {
  const { status, slug, message, summary, category, example, source, documentedAs } = entry.data;
  const lines = [
    `# ${statusLabel(status)} ${titleOf(entry)}`,
    '',
    `- Status: ${statusLabel(status)}`,
    `- Message: \`${message}\``,
    `- Category: ${categoryLabel(category)}`,
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
