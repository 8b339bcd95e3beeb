/**
 * Completes each entry's `logs` from the reference data: every log line `response-logs.tsv` ties to the
 * entry's response sites, at any release in releases.yaml, that the entry does not list yet (same level
 * and text) and content/gateway-source/log-omissions.yaml does not set aside, is appended to its `logs`
 * with its source location (at v5.14.0 where that release writes it, else the newest release that does).
 * Lines already listed are never changed. A line takes the `cause` of a listed line of the same response
 * site, so multi-cause entries keep their grouping.
 *
 *   npm run source:response-logs -- <tyk git dir> && npm run source:fill-logs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultSourceRef as defaultRef, logsOnPathOf, type ResponseLog } from '../../src/lib/operator-source';
import { entryFiles, frontmatterOf } from '../lib/entry-paths';
import { readLogPaths } from './response-logs';

const root = resolve(import.meta.dirname, '../..');

interface EntryData {
  status: number | string;
  message: string;
  wordings?: Array<{ status?: number | string; message: string }>;
  source: Array<{ file: string; line: number; ref?: string }>;
  logs?: Array<{ level: string; message: string; source: { file: string; line: number; ref?: string }; cause?: string }>;
}

const { releases, omissions } = readLogPaths();

const quote = (text: string) => JSON.stringify(text);

/** One `logs` item in the entries' flow style. */
function logItem(row: ResponseLog, tag: string, cause: string | undefined): string {
  const fields = row.fields
    .split(' ')
    .filter(Boolean)
    .map((field) => {
      const [key = '', value = ''] = field.split('=');
      return `${key}: ${quote(value)}`;
    });
  const ref = tag === defaultRef ? '' : `, ref: ${tag}`;
  return [
    `  - level: ${row.level}`,
    `    message: ${quote(row.message)}`,
    ...(fields.length > 0 ? [`    fields: { ${fields.join(', ')} }`] : []),
    `    source: { file: ${row.file}, line: ${row.line}, symbol: ${quote(row.symbol)}${ref} }`,
    ...(row.value ? [`    errorValue: ${row.value === 'error' ? 'resolved' : 'unresolved'}`] : []),
    ...(cause ? [`    cause: ${quote(cause)}`] : []),
  ].join('\n');
}

/** The frontmatter with `items` appended to its `logs` list (created at the end when absent). */
function appendLogs(frontmatter: string, items: string[]): string {
  const lines = frontmatter.split('\n');
  const start = lines.findIndex((line) => /^logs:\s*$/.test(line));
  if (start < 0) return `${frontmatter.trimEnd()}\nlogs:\n${items.join('\n')}`;
  let end = start + 1;
  while (end < lines.length && !/^\S/.test(lines[end]!)) end++;
  return [...lines.slice(0, end), ...items, ...lines.slice(end)].join('\n');
}

let entries = 0;
let lines = 0;
for (const path of entryFiles(join(root, 'content/errors'))) {
  const text = readFileSync(path, 'utf8');
  const { data, end } = frontmatterOf<EntryData>(text);
  if (data.status === 'tls') continue;
  const id = relative(join(root, 'content/errors'), path).replace(/\.mdx?$/, '');
  const listed = data.logs ?? [];
  const missing = new Map<string, { row: ResponseLog; tag: string }>();
  for (const { tag, responses, responseLogs } of releases) {
    for (const row of logsOnPathOf(data, responses, responseLogs, tag)) {
      const key = `${row.level} ${row.message}`;
      if (listed.some((log) => `${log.level} ${log.message}` === key)) continue;
      if (omissions.some((item) => item.entry === id && `${item.level} ${item.message}` === key)) continue;
      // Newer releases overwrite older ones, except that the default release is kept once found.
      if (missing.get(key)?.tag !== defaultRef) missing.set(key, { row, tag });
    }
  }
  if (missing.size === 0) continue;
  const items = [...missing.values()].map(({ row, tag }) => {
    const release = releases.find((candidate) => candidate.tag === tag)!;
    const siblings = release.responseLogs.filter((other) => other.siteFile === row.siteFile && other.siteLine === row.siteLine);
    const cause = listed.find((log) => log.cause && siblings.some((other) => other.message === log.message))?.cause;
    console.log(
      `${id}: level=${row.level} msg=${JSON.stringify(row.message)} (${row.file}:${row.line} at ${tag}, via ${row.via} of ${row.siteFile}:${row.siteLine})`,
    );
    return logItem(row, tag, cause);
  });
  writeFileSync(path, `${appendLogs(text.slice(0, end), items)}${text.slice(end)}`);
  entries++;
  lines += items.length;
}
console.log(`Added ${lines} log lines to ${entries} entries.`);
