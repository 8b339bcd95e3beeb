/** /llms.txt: the catalog for language-model tools, one line per error linking to its Markdown. */
import type { APIRoute } from 'astro';
import { statusGroups } from '../data/catalog';
import { statusLabel } from '../lib/status';
import { absoluteUrl, permalinkPath } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sections = statusGroups.map(({ status, name, errors }) => [
    `## ${statusLabel(status)} ${name}`,
    '',
    ...errors.map(
      ({ data }) =>
        `- [${data.message}](${absoluteUrl(`${permalinkPath(data.status, data.slug).slice(0, -1)}.md`, site!)}): ${data.summary}`,
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
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
