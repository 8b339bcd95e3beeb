/**
 * Which log lines belong to each response site: for every row of `content/gateway-source/<tag>/
 * responses.tsv`, the log calls of `logs.tsv` the gateway runs on the way to that response. Writes
 * `content/gateway-source/<tag>/response-logs.tsv` (response site → log site), one row per pair.
 *
 *   npm run source:response-logs -- /work/.mirror/TykTechnologies+tyk/repo [<tag>…]   (default: releases.yaml)
 *
 * Run `npm run source:operator` first: this reads that release's logs.tsv. The rules, narrow on purpose
 * (a log line in another branch of the same function is not on the path):
 * - `branch`: the statements before the response in its own block (or `case` clause), the response
 *   statement itself (a message passed to a logging helper is recorded at the call), and, in that
 *   block only, earlier `if`/`for`/`switch` statements that fall through (no `return` inside);
 * - `enclosing`: in each block around it, up to the function body, the simple statements before the
 *   branch that leads to it and that branch's condition (other branches and nested blocks left out);
 *   a function literal is a boundary;
 * - `helper`: the log calls inside a small function (at most 40 lines) of the same package called by
 *   a `branch` statement or by the condition right above the response, such as `k.reportLoginFailure(…)`
 *   or `k.handleRateLimitFailure(…)`, and inside the small functions that helper calls (one level more);
 * - `caller`: when the response is written inside a small function (`handleAuthFail`), the `branch` of
 *   each of its calls in the same file (at most ten), such as the warning logged before `return k.handleAuthFail(…)`.
 *
 * Every level is recorded. The entries must list all of them (isListedLog in src/lib/operator-source.ts) except debug lines reached through an
 * enclosing block, a helper or a caller: those are written on every request through the function (`JWT authority
 * is centralised`) or by shared bookkeeping (health-check counters), and tell the operator nothing about
 * this response; debug lines in the branch itself (`ON REQUEST: Circuit Breaker is in OPEN state`) are listed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dirname, join, resolve } from 'node:path';
import { defaultSourceRef, parseResponseLogs, type ResponseLog } from '../../src/lib/operator-source';
import { parseTsv, toTsv } from '../../src/lib/tsv';
import { functionsOf, lineAt, readGoFiles, skipString, statementEnd, type GoFile, type GoFunc } from './go-source';
import { entryFiles, frontmatterOf } from '../lib/entry-paths';
import { gitDirAndTags, listedTags } from './operator';

const root = resolve(import.meta.dirname, '../..');
const helperLines = 40;

const only = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

export type Via = 'branch' | 'enclosing' | 'helper' | 'caller';

/** A span of source lines (1-based, inclusive) on the path to a response, and how it got there. */
export interface PathSpan {
  file: string;
  from: number;
  to: number;
  via: Via;
  /** The helper's symbol, for `helper` spans; the caller's, for `caller` spans. */
  helper?: string;
}

interface Block {
  open: number;
  close: number;
}

/** Code blocks (`if x {`, `else {`, `func() {`) as opposed to composite literals (`T{`): gofmt puts a space before a block's brace. */
function enclosingBlocks(code: string, func: GoFunc, offset: number): Block[] {
  const stack: Array<{ open: number; block: boolean }> = [];
  const chain: Block[] = [];
  for (let i = func.bodyStart; i <= func.bodyEnd; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(code, i) - 1;
    } else if (c === '{' || c === '(' || c === '[') {
      stack.push({ open: i, block: c === '{' && (i === func.bodyStart || /\s/.test(code[i - 1]!)) });
    } else if (c === '}' || c === ')' || c === ']') {
      const top = stack.pop();
      if (top?.block && top.open < offset && offset < i) chain.push({ open: top.open, close: i });
    }
  }
  return chain.sort((a, b) => b.open - a.open);
}

/** The top-level statements of a block, as [start, end) offsets. */
function statementsOf(code: string, block: Block): Array<[number, number]> {
  const statements: Array<[number, number]> = [];
  let at = block.open + 1;
  while (at < block.close) {
    while (at < block.close && /[\s;]/.test(code[at]!)) at++;
    if (at >= block.close) break;
    let end = Math.min(statementEnd(code, at), block.close);
    // `if err := f(); err != nil {`: the `;` of a header does not end the statement.
    while (code[end] === ';' && /^(if|for|switch|select)\b/.test(code.slice(at, end)))
      end = Math.min(statementEnd(code, end + 1), block.close);
    if (end <= at) break;
    statements.push([at, end]);
    at = end + 1;
  }
  return statements;
}

const isClause = (text: string) => /^(case\b|default\s*:)/.test(text);
const hasBlock = (text: string) => /\s\{/.test(text);

/** The spans of `code` between `from` and `to` that lie outside nested code blocks (a chain's conditions, not its other branches). */
function outsideBlocks(code: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const open: boolean[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') i = skipString(code, i) - 1;
    else if (c === '{') {
      const block = /\s/.test(code[i - 1]!);
      if (block && !open.includes(true)) spans.push([start, i]);
      open.push(block);
    } else if (c === '}' && open.pop() && !open.includes(true)) start = i + 1;
  }
  if (!open.includes(true)) spans.push([start, to]);
  return spans;
}

/** How a helper is called: `name(…)`, `k.name(…)` on the caller's receiver, or `k.Gw.name(…)` on the gateway. */
export type CallTarget = 'function' | 'receiver' | 'gateway';

/** The spans of source on the path to the response written at `line` of `file`. */
export function pathTo(
  file: GoFile,
  funcs: readonly GoFunc[],
  line: number,
  helpers: (name: string, caller: GoFunc, on: CallTarget) => { file: GoFile; func: GoFunc } | undefined,
): { spans: PathSpan[]; statement: string } {
  let lineStart = file.lineStarts[line - 1];
  if (lineStart === undefined) return { spans: [], statement: '' };
  // A site given at `} else {` (the response extractor does so for an assignment in an else branch) means the branch below.
  if (/^\s*}/.test(file.code.slice(lineStart, file.lineStarts[line] ?? file.code.length)))
    lineStart = file.lineStarts[line] ?? lineStart;
  const offset = lineStart + /^\s*/.exec(file.code.slice(lineStart, lineStart + 200))![0].length;
  const func = funcs.find((candidate) => candidate.bodyStart < offset && offset < candidate.bodyEnd);
  if (!func) return { spans: [], statement: '' };
  const code = file.code;
  const spans: PathSpan[] = [];
  const add = (from: number, to: number, via: Via) =>
    spans.push({ file: file.path, from: lineAt(file, from), to: lineAt(file, Math.max(from, to - 1)), via });
  const branchCode: string[] = [];
  const blocks = enclosingBlocks(code, func, offset);
  for (const [level, block] of blocks.entries()) {
    const statements = statementsOf(code, block);
    const index = statements.findIndex(([start, end]) => start <= offset && offset <= end);
    if (index < 0) break;
    let first = 0;
    for (let i = index; i >= 0; i--) {
      if (isClause(code.slice(statements[i]![0], statements[i]![1]))) {
        first = i;
        break;
      }
    }
    const [start, end] = statements[index]!;
    if (level === 0) {
      add(start, end, 'branch');
      branchCode.push(code.slice(start, end));
    } else {
      // The condition of the branch that leads here, not the other branches of its chain.
      for (const [from, to] of outsideBlocks(code, start, blocks[level - 1]!.open)) {
        add(from, to, 'enclosing');
        // The condition right above the response (`if err := k.check(…); err != nil {`) names the call that failed.
        if (level === 1) branchCode.push(code.slice(from, to));
      }
    }
    for (const [from, to] of statements.slice(first, index)) {
      const text = code.slice(from, to);
      if (!hasBlock(text)) {
        add(from, to, level === 0 ? 'branch' : 'enclosing');
        if (level === 0) branchCode.push(text);
      } else if (level === 0 && !/\b(return|goto)\b|\bpanic\(/.test(text) && /^(if|for|switch|select)\b/.test(text)) {
        add(from, to, 'branch');
      }
    }
    const header = code.slice(code.lastIndexOf('\n', block.open) + 1, block.open);
    if (/\bfunc\s*\(/.test(header) && block.open !== func.bodyStart) break;
  }
  const seen = new Set<string>([func.symbol]);
  const queue = branchCode.map((text) => ({ text, file, caller: func, depth: 1 }));
  for (const { text, file: callerFile, caller, depth } of queue) {
    const receiver = receiverName(callerFile.code, caller);
    for (const call of text.matchAll(/(?<![\w.)\]])((?:\w+\.)*)(\w+)\(/g)) {
      const chain = call[1]!;
      const on =
        chain === '' ? 'function' : chain === `${receiver}.` ? 'receiver' : /(^|\.)Gw\.$/.test(chain) ? 'gateway' : undefined;
      const helper = on && helpers(call[2]!, caller, on);
      if (!helper || seen.has(helper.func.symbol)) continue;
      seen.add(helper.func.symbol);
      const from = lineAt(helper.file, helper.func.bodyStart);
      const to = lineAt(helper.file, helper.func.bodyEnd);
      if (to - from > helperLines) continue;
      for (const span of failurePaths(helper.file, helper.func))
        spans.push({ ...span, via: 'helper', helper: helper.func.symbol });
      // A helper's own small helpers (`handleRateLimitFailure` → `emitRateLimitEvent`), one level further.
      if (depth < 2) queue.push({ text: helper.func.body, file: helper.file, caller: helper.func, depth: depth + 1 });
    }
  }
  return { spans, statement: branchCode[0] ?? '' };
}

/**
 * When the response is written inside a small function (a `handleAuthFail` that several branches call),
 * the calls of it in the same file, at most ten: the branch of each call leads to the response too.
 */
function callersOf(
  file: GoFile,
  funcs: readonly GoFunc[],
  line: number,
  byPackage: ReadonlyMap<string, Array<{ file: GoFile; func: GoFunc }>>,
): Array<{ file: GoFile; funcs: readonly GoFunc[]; line: number; symbol: string }> {
  const offset = file.lineStarts[line - 1] ?? 0;
  const func = funcs.find((candidate) => candidate.bodyStart < offset && offset < candidate.bodyEnd);
  if (!func || lineAt(file, func.bodyEnd) - lineAt(file, func.bodyStart) > helperLines) return [];
  const dir = dirname(file.path);
  const type = func.symbol.includes('.') ? func.symbol.split('.')[0] : undefined;
  const sameName = (byPackage.get(`${dir}:${func.name}`) ?? []).filter(
    ({ func: other }) => other.symbol.includes('.') === Boolean(type),
  );
  const calls: Array<{ file: GoFile; funcs: readonly GoFunc[]; line: number; symbol: string }> = [];
  // Callers in the same file only: elsewhere the function's result is not necessarily the response (RPC, loading).
  const pattern = new RegExp(`(?<![\\w.])((?:\\w+\\.)*)${func.name}\\(`, 'g');
  for (const call of file.code.matchAll(pattern)) {
    const qualifier: string = call[1]!;
    const at: number = call.index + qualifier.length;
    const caller = funcs.find((candidate) => candidate.bodyStart < at && at < candidate.bodyEnd);
    if (!caller || caller === func) continue;
    // A method is called on something (`k.handleAuthFail`) from its own type, unless it is the only method of that name.
    if (type ? qualifier === '' || (caller.symbol.split('.')[0] !== type && sameName.length > 1) : qualifier !== '') continue;
    calls.push({ file, funcs, line: lineAt(file, at), symbol: caller.symbol });
  }
  return calls.length <= 10 ? calls : [];
}

/** Whether the error value a log line writes is the one the response sends (`log.Error(err)` then `apiError(err.Error())`). */
function sameValue(expression: string, statement: string): boolean {
  const name = /^(\w+)/.exec(expression)?.[1];
  return Boolean(name) && new RegExp(`\\b${name}\\b`).test(statement);
}

const funcsByFile = new WeakMap<GoFile, GoFunc[]>();

/**
 * The lines of a helper that run when it fails: the paths to each `return` that gives something other
 * than `nil` (a helper that returns nothing runs whole). A warning logged on the way to `return nil`
 * is not on the path of the caller's error response.
 */
function failurePaths(file: GoFile, func: GoFunc): Array<Omit<PathSpan, 'via'>> {
  if (!funcsByFile.has(file)) funcsByFile.set(file, functionsOf(file));
  const returns = [...func.body.matchAll(/\breturn\b([^\n]*)/g)];
  const whole = { file: file.path, from: lineAt(file, func.bodyStart), to: lineAt(file, func.bodyEnd) };
  if (returns.length === 0) return [whole];
  return returns
    .filter((match) => !/^\s*(nil(\s*,\s*nil)*)?\s*$/.test(match[1]!))
    .flatMap((match) => pathTo(file, funcsByFile.get(file)!, lineAt(file, func.bodyStart + match.index), () => undefined).spans)
    .map(({ file: path, from, to }) => ({ file: path, from, to }));
}

/** The receiver variable of a method (`k` in `func (k *AuthKey) …`). */
function receiverName(code: string, func: GoFunc): string | undefined {
  return /^func\s*\(\s*(\w+)\s/.exec(code.slice(code.lastIndexOf('\nfunc', func.bodyStart) + 1))?.[1];
}

/** Joins one release's response sites to its log lines through the paths above. */
export function responseLogs(
  files: readonly GoFile[],
  responses: ReadonlyArray<Record<string, string>>,
  logs: ReadonlyArray<Record<string, string>>,
): ResponseLog[] {
  const byPath = new Map(files.map((file) => [file.path, { file, funcs: functionsOf(file) }]));
  const byPackage = Map.groupBy(
    [...byPath.values()].flatMap(({ file, funcs }) => funcs.map((func) => ({ file, func }))),
    ({ file, func }) => `${dirname(file.path)}:${func.name}`,
  );
  const logsByFile = Map.groupBy(logs, (row) => row['file']!);
  const rows: ResponseLog[] = [];
  const sites = new Map(responses.map((row) => [`${row['file']}:${row['line']}`, row]));
  for (const site of sites.values()) {
    const entry = byPath.get(site['file']!);
    if (!entry) continue;
    const helpers = (name: string, caller: GoFunc, on: CallTarget) => {
      const candidates = byPackage.get(`${dirname(site['file']!)}:${name}`) ?? [];
      const typeOf = (func: GoFunc) => (func.symbol.includes('.') ? func.symbol.split('.')[0] : undefined);
      if (on === 'function') return only(candidates.filter(({ func }) => !typeOf(func)));
      if (on === 'gateway') return only(candidates.filter(({ func }) => typeOf(func) === 'Gateway'));
      // A method on the caller's own type, or on the one type that has it (an embedded BaseMiddleware).
      const methods = candidates.filter(({ func }) => typeOf(func));
      return only(methods.filter(({ func }) => typeOf(func) === typeOf(caller))) ?? only(methods);
    };
    const { spans, statement } = pathTo(entry.file, entry.funcs, Number(site['line']), helpers);
    const statements = new Map<PathSpan, string>(spans.map((span) => [span, statement]));
    for (const caller of callersOf(entry.file, entry.funcs, Number(site['line']), byPackage)) {
      const callerPath = pathTo(caller.file, caller.funcs, caller.line, helpers);
      for (const span of callerPath.spans.filter(({ via }) => via === 'branch')) {
        const callerSpan: PathSpan = { ...span, via: 'caller', helper: caller.symbol };
        spans.push(callerSpan);
        statements.set(callerSpan, callerPath.statement);
      }
    }
    const found = new Map<string, ResponseLog>();
    for (const span of spans) {
      for (const log of logsByFile.get(span.file) ?? []) {
        const line = Number(log['line']);
        if (line < span.from || line > span.to) continue;
        const key = `${log['file']}:${line}:${log['message']}`;
        const via = span.helper ? `${span.via} ${span.helper}` : span.via;
        const known = found.get(key);
        if (known && known.via === 'branch') continue;
        found.set(key, {
          siteFile: site['file']!,
          siteLine: Number(site['line']),
          siteSymbol: site['symbol']!,
          level: log['level']!,
          message: log['message']!,
          value: log['value'] ?? '',
          sent: sameValue(log['expression'] ?? '', statements.get(span)!) ? 'yes' : '',
          fields: log['fields'] ?? '',
          file: log['file']!,
          line,
          symbol: log['symbol']!,
          via,
        });
      }
    }
    rows.push(...[...found.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
  }
  return rows;
}

export const responseLogColumns = [
  'siteFile',
  'siteLine',
  'siteSymbol',
  'level',
  'message',
  'value',
  'sent',
  'fields',
  'file',
  'line',
  'symbol',
  'via',
] as const;

/** A deliberate omission (content/gateway-source/log-omissions.yaml): a line on an entry's path it does not list. */
export interface LogOmission {
  entry: string;
  level: string;
  message: string;
  reason: string;
}

function readTable(path: string): string {
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: releases.yaml lists its release. Run npm run source:operator -- <tyk git dir>, then npm run source:response-logs -- <tyk git dir>.`,
    );
  return readFileSync(path, 'utf8');
}

/** The committed reference data: every release in releases.yaml with its responses and response logs, and the omissions. */
export function readLogPaths(sourceDir = join(root, 'content/gateway-source')) {
  return {
    releases: listedTags().map((tag) => ({
      tag,
      responses: parseTsv(readFileSync(join(sourceDir, tag, 'responses.tsv'), 'utf8')),
      responseLogs: parseResponseLogs(readTable(join(sourceDir, tag, 'response-logs.tsv'))),
    })),
    omissions: parse(readFileSync(join(sourceDir, 'log-omissions.yaml'), 'utf8')) as LogOmission[],
  };
}

/** Every `source` location of every entry (content/errors/<status>/<slug>.mdx). */
function entrySources(): Array<{ file: string; line: number; symbol: string; ref?: string }> {
  return entryFiles(join(root, 'content/errors')).flatMap(
    (path) =>
      frontmatterOf<{ source?: Array<{ file: string; line: number; symbol: string; ref?: string }> }>(readFileSync(path, 'utf8'))
        .data.source ?? [],
  );
}

if (import.meta.main ?? process.argv[1]?.endsWith('response-logs.ts')) {
  const { gitDir, tags } = gitDirAndTags('source:response-logs');
  const sources = entrySources();
  for (const tag of tags) {
    const dir = join(root, 'content/gateway-source', tag);
    // The entries' own source locations at this release are response sites too (some the extractor does not find).
    const extra = sources
      .filter((location) => (location.ref ?? defaultSourceRef) === tag)
      .map((location) => ({ file: location.file, line: String(location.line), symbol: location.symbol }));
    const responses = [...parseTsv(readFileSync(join(dir, 'responses.tsv'), 'utf8')), ...extra];
    const logs = parseTsv(readFileSync(join(dir, 'logs.tsv'), 'utf8'));
    const rows = responseLogs(readGoFiles(gitDir, tag), responses, logs);
    writeFileSync(
      join(dir, 'response-logs.tsv'),
      toTsv(responseLogColumns, rows as unknown as Array<Record<string, string | number>>),
    );
    const sites = new Set(rows.map((row) => `${row.siteFile}:${row.siteLine}`)).size;
    console.log(`${tag}: ${sites} response sites with log lines, ${rows.length} pairs`);
  }
}
