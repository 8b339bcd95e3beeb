/**
 * Proposes each entry's `logs`, `flags` and `errorId` from the gateway source: for every `source`
 * location of an entry (at v5.14.0), the log lines (content/gateway-source/v5.14.0/logs.tsv) and the
 * classifier calls written in the same block just before the response, and the error ID the block
 * passes. Appends them to the frontmatter of entries that have none yet (curated entries are left
 * alone), so a reader checks and edits the proposal rather than typing it.
 *
 *   npm run source:link-entries -- /work/.mirror/TykTechnologies+tyk/repo [content/errors/403/…md …]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { releaseTables, type Classification, type LogDefinition } from '../../src/lib/operator-source';
import { entryFiles, frontmatterOf } from '../lib/entry-paths';

const root = resolve(import.meta.dirname, '../..');
const tag = 'v5.14.0';
const tablesDir = join(root, 'content/gateway-source', tag);
const tables = releaseTables(
  tag,
  Object.fromEntries(readdirSync(tablesDir).map((name) => [name, readFileSync(join(tablesDir, name), 'utf8')])),
);
const errorIdByConstant = new Map(tables.errorIds.map((row) => [row.constant, row.id]));

const [gitDir, ...only] = process.argv.slice(2);
if (!gitDir) {
  console.error('Usage: npm run source:link-entries -- <git dir of TykTechnologies/tyk> [entry files…]');
  process.exit(1);
}

const fileCache = new Map<string, string[]>();
function sourceLines(file: string): string[] {
  if (!fileCache.has(file)) {
    const text = execFileSync('git', ['--git-dir', gitDir!, 'show', `${tag}:${file}`], { encoding: 'utf8' });
    fileCache.set(file, text.split('\n'));
  }
  return fileCache.get(file)!;
}

const indent = (text: string) => /^\s*/.exec(text)![0].replace(/\t/g, '    ').length;

/**
 * The lines (1-based) on the way to `line` within its function, up to 25 lines back: the statements
 * before it in its block and in the blocks around it, skipping sibling blocks (`if … { … }` closed
 * before it), which run only on other paths.
 */
function linesLeadingTo(lines: string[], line: number): number[] {
  let level = indent(lines[line - 1]!);
  const onPath: number[] = [line];
  for (let i = line - 2; i >= Math.max(0, line - 26); i--) {
    const text = lines[i]!;
    if (text.trim() === '' || /^\s*\/\//.test(text)) continue;
    if (/^func /.test(text)) break;
    if (indent(text) > level) continue;
    if (/^\s*(case\b|default:)/.test(text)) break;
    if (indent(text) < level) level = indent(text);
    else if (/^\s*return\b/.test(text)) break;
    else if (/^\s*[})]/.test(text) && !/^\s*}\s*(else\b.*)?$/.test(text)) {
      // The end of a statement written over several lines (`}).Error("…")`): the whole statement is on the path.
      onPath.push(i + 1);
      while (i > 0 && indent(lines[i - 1]!) > level) onPath.push(i--);
      if (i > 0) onPath.push(i--);
      continue;
    } else if (/^\s*}/.test(text)) {
      // A sibling block: on the path too when it falls through (no return at its top level).
      const close = i;
      while (i > 0 && !(indent(lines[i - 1]!) === level && /{\s*$/.test(lines[i - 1]!))) i--;
      const body = lines.slice(i, close).map((text, offset) => ({ text, line: i + offset + 1 }));
      const inner = Math.min(...body.filter(({ text }) => text.trim()).map(({ text }) => indent(text)));
      const fallsThrough = !body.some(({ text }) => indent(text) === inner && /^\s*(return|break|continue)\b/.test(text));
      if (fallsThrough) onPath.push(...body.filter(({ text }) => indent(text) === inner).map(({ line }) => line));
      continue;
    }
    onPath.push(i + 1);
  }
  return onPath;
}

/** Classifier calls in the block: each `Classify…(tykerrors.X …)` or `reportInvalidKey(…, ErrX)` as flag rows. */
function classificationsIn(text: string): Classification[] {
  const found: Classification[] = [];
  for (const match of text.matchAll(/tykerrors\.(Classify\w+)\((?:tykerrors\.(\w+))?/g)) {
    const [, classifier, constant] = match;
    if (classifier === 'ClassifyUpstreamError') continue; // one call, many causes: curated by hand
    const selector = constant ? tables.classifications.length && constantValue(constant) : '';
    found.push(...tables.classifications.filter((row) => row.classifier === classifier && row.selector === selector));
  }
  for (const match of text.matchAll(/reportInvalidKey\([^)]*\b(Err\w+)\)/g)) {
    const id = errorIdByConstant.get(match[1]!);
    found.push(...tables.classifications.filter((row) => row.classifier === 'ClassifyAuthError' && row.selector === id));
  }
  return found;
}

/** The string an `internal/errors` constant holds (error IDs and error types). */
function constantValue(constant: string): string {
  const constants = sourceLines('internal/errors/classification.go').join('\n');
  return new RegExp(`\\b${constant}\\s*=\\s*"([^"]*)"`).exec(constants)?.[1] ?? constant;
}

function logEntry(row: LogDefinition) {
  const fields = Object.fromEntries(
    row.fields
      .split(' ')
      .filter(Boolean)
      .map((field) => {
        const [key = '', value = ''] = field.split('=');
        return [key, value];
      }),
  );
  return {
    level: row.level,
    message: row.message,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    source: { file: row.file, line: row.line, symbol: row.symbol },
  };
}

let linked = 0;
for (const path of only.length > 0 ? only.map((file) => resolve(file)) : entryFiles(join(root, 'content/errors'))) {
  const text = readFileSync(path, 'utf8');
  const { data, end } = frontmatterOf<{
    source: Array<{ file: string; line: number; ref?: string }>;
    overrideKey?: string;
    logs?: unknown;
    flags?: unknown;
    errorId?: unknown;
  }>(text);
  if (data.logs || data.flags || data.errorId) continue;
  const logs = new Map<string, ReturnType<typeof logEntry>>();
  const flags = new Map<string, { code: string; details: string }>();
  let errorId = data.overrideKey;
  for (const location of data.source) {
    if ((location.ref ?? tag) !== tag) continue;
    let lines: string[];
    try {
      lines = sourceLines(location.file);
    } catch {
      continue;
    }
    const path = new Set(linesLeadingTo(lines, location.line));
    const block = [...path].map((line) => lines[line - 1]).join('\n');
    for (const row of tables.logs) {
      if (row.file === location.file && path.has(row.line) && row.level !== 'debug')
        logs.set(`${row.file}:${row.line}`, logEntry(row));
    }
    for (const row of classificationsIn(block)) flags.set(`${row.flag}:${row.details}`, { code: row.flag, details: row.details });
    const constant = /\b(Err(?:Auth|OAuth)\w+)\b/.exec(lines[location.line - 1]!)?.[1];
    errorId ??= constant && errorIdByConstant.get(constant);
  }
  if (logs.size === 0 && flags.size === 0 && !errorId) continue;
  const additions = stringify(
    {
      ...(logs.size > 0 ? { logs: [...logs.values()] } : {}),
      ...(flags.size > 0 ? { flags: [...flags.values()] } : {}),
      ...(errorId ? { errorId } : {}),
    },
    { lineWidth: 0 },
  );
  writeFileSync(path, `${text.slice(0, end)}\n${additions.trimEnd()}${text.slice(end)}`);
  linked++;
}
console.log(`Proposed logs, flags or error IDs for ${linked} entries.`);
