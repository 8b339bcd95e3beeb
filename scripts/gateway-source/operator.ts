/**
 * Extracts what the gateway tells its operator, per release tag, from a git mirror of
 * TykTechnologies/tyk: the response flags (`internal/errors/classification.go`), the error IDs and
 * error types the classifier maps to them (`internal/errors/classifier.go`), and every log line with
 * a literal message; also the `override_messages` keys (TykErrors) and the JSON shape of Error
 * Overrides rules. Writes, for each tag, `content/gateway-source/<tag>/logs.tsv`, `error-ids.tsv`, and
 * where the release has them `flags.tsv`, `classifications.tsv` and `error-overrides.tsv`.
 *
 *   npm run source:operator -- /work/.mirror/TykTechnologies+tyk/repo v5.12.1 v5.13.1 v5.14.0
 *
 * Kept apart from the response extractor (extract.ts) so each can run alone; the site joins their
 * tables by tag. Parsing is by pattern over Go source (no Go toolchain here), so it reads only the
 * constructs the gateway uses: `Flag ResponseFlag = "XXX" // meaning`, `NewErrorClassification(Flag,
 * detail)`, and logrus calls `<chain>.Level[f|ln]("literal"…)`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Classification, FlagDefinition } from '../../src/lib/operator-source';
import { parse } from 'yaml';
import { formatTsv } from '../../src/lib/tsv';
import { ErrorValueResolver } from './error-values';

const root = resolve(import.meta.dirname, '../..');

/** Directories with code that runs in the gateway process; tests, CLI tools and CI scripts are left out. */
const gatewayDirs = [
  'apidef',
  'certs',
  'checkup',
  'config',
  'coprocess',
  'ctx',
  'dlpython',
  'dnscache',
  'ee',
  'gateway',
  'goplugin',
  'internal',
  'log',
  'pkg',
  'regexp',
  'rpc',
  'storage',
  'tcp',
  'trace',
  'user',
];

export interface LogRow {
  level: 'debug' | 'info' | 'warning' | 'error' | 'fatal';
  message: string;
  /** Literal fields on the same call: `prefix=proxy`, `api_id` (value not literal), `error`. */
  fields: string;
  /** Whether values are appended to the literal (logrus joins `Error("text: ", err)` with no space). */
  args: 'none' | 'appended' | 'formatted';
  file: string;
  line: number;
  symbol: string;
  /**
   * Empty for a literal message; `error` when the message is a Go error value whose text was resolved
   * from the source (error-values.ts); `unresolved` when it cannot be known (the message is then `%v`).
   */
  value: '' | 'error' | 'unresolved';
  /** The Go expression logged, for error values. */
  expression: string;
}

const flagFile = 'internal/errors/classification.go';
const classifierFile = 'internal/errors/classifier.go';

/** The flag constants with their one-line meaning; the class comes from the section comment above them. */
export function parseFlags(source: string, file = flagFile): FlagDefinition[] {
  const rows: FlagDefinition[] = [];
  let section = '';
  source.split('\n').forEach((text, index) => {
    const heading = /^\s*\/\/\s*(.+)$/.exec(text);
    if (heading) section = heading[1]!;
    const flag = /^\s*([A-Z]{3})\s+ResponseFlag\s*=\s*"([A-Z]{3})"\s*\/\/\s*(.+?)\s*$/.exec(text);
    if (!flag) return;
    const flagClass = /TLS/.test(section) ? 'tls' : /Gateway|4XX/i.test(section) ? 'gateway' : 'upstream';
    rows.push({ code: flag[2]!, meaning: flag[3]!, class: flagClass, file, line: index + 1 });
  });
  return rows;
}

/** `name = "value"` string constants (also `name = other + " more"`), for resolving error IDs, detail names and messages. */
function stringConstants(source: string): Map<string, string> {
  const constants = new Map(
    [...source.matchAll(/^\s*(?:const\s+)?(\w+)(?:\s+string)?\s*=\s*"([^"]*)"/gm)].map((match) => [match[1]!, match[2]!]),
  );
  for (const match of source.matchAll(/^\s*(?:const\s+)?(\w+)(?:\s+string)?\s*=\s*(\w+(?:\s*\+\s*(?:\w+|"[^"]*"))+)\s*$/gm)) {
    const parts = match[2]!.split(/\s*\+\s*/).map((part) => (part.startsWith('"') ? part.slice(1, -1) : constants.get(part)));
    if (parts.every((part) => part !== undefined)) constants.set(match[1]!, parts.join(''));
  }
  return constants;
}

/** Every classification the classifier can produce, with the case (error ID, error type, errno) that selects it. */
export function parseClassifications(classifier: string, constantsSource: string, file = classifierFile): Classification[] {
  const constants = stringConstants(constantsSource);
  const rows: Classification[] = [];
  let classifier_ = '';
  let selector = '';
  classifier.split('\n').forEach((text, index) => {
    const func = /^func (\w+)/.exec(text);
    if (func) {
      classifier_ = func[1]!;
      selector = '';
    }
    if (/^\t}\s*$/.test(text)) selector = '';
    if (/^\s*default:/.test(text)) selector = 'default';
    const isCheck = /\bIs\(err, ([\w.]+)\)/.exec(text);
    if (isCheck) selector = isCheck[1]!;
    const caseLine = /^\s*case (.+):\s*$/.exec(text);
    if (caseLine) selector = caseLine[1]!.replace(/\b(\w+)\b/g, (name) => constants.get(name) ?? name);
    const asCheck = /var \w+ (\*?[\w.]+)$/.exec(text.trim());
    if (asCheck && !caseLine) selector = asCheck[1]!;
    const contains = /strings\.Contains\(errStr, "([^"]+)"\)/.exec(text);
    if (contains) selector = /^\s*if /.test(text) ? contains[1]! : `${selector} | ${contains[1]!}`;
    const made = /NewErrorClassification\(([A-Z]{3}), ("([^"]*)"|\w+)\)/.exec(text);
    if (!made || classifier_ === 'NewErrorClassification') return;
    const details = made[3] ?? constants.get(made[2]!) ?? made[2]!;
    rows.push({ flag: made[1]!, details, classifier: classifier_, selector, file, line: index + 1 });
  });
  return rows;
}

const levelNames: Record<string, LogRow['level']> = {
  Debug: 'debug',
  Info: 'info',
  Warn: 'warning',
  Warning: 'warning',
  Error: 'error',
  Fatal: 'fatal',
};

/** A Go string literal at the start of `text` (interpreted or raw), decoded, and the length it spans. */
function goStringLiteral(text: string): { value: string; length: number } | undefined {
  if (text.startsWith('`')) {
    const end = text.indexOf('`', 1);
    return end < 0 ? undefined : { value: text.slice(1, end), length: end + 1 };
  }
  const match = /^"((?:[^"\\\n]|\\.)*)"/.exec(text);
  if (!match) return undefined;
  const value = match[1]!.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, escape: string) => {
    if (escape.length > 1) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r' }[escape] ?? escape;
  });
  return { value, length: match[0].length };
}

/** The literal message of a log call's arguments: joined literals (`"a" + "b"`), or a Sprintf format. */
function literalMessage(argumentText: string): { message: string; args: LogRow['args'] } | undefined {
  let text = argumentText.trimStart();
  const sprintf = /^fmt\.Sprint(f)?\(/.exec(text);
  if (sprintf) text = text.slice(sprintf[0].length);
  let message = '';
  for (;;) {
    const literal = goStringLiteral(text);
    if (!literal) return undefined;
    message += literal.value;
    text = text.slice(literal.length).trimStart();
    const joined = /^\+\s*/.exec(text);
    if (!joined || !/^\+\s*["`]/.test(text)) break;
    text = text.slice(joined[0].length);
  }
  const rest = text.trimStart();
  const args: LogRow['args'] = rest.startsWith(')') ? 'none' : sprintf?.[1] || !rest.startsWith('+') ? 'formatted' : 'appended';
  return { message, args: args === 'formatted' && !sprintf?.[1] && !/%[-+# 0-9.]*[a-zA-Z]/.test(message) ? 'appended' : args };
}

/** The `func` declaration a line belongs to, as `Type.Method` or `Function`. */
function enclosingFunction(lines: string[], index: number): string {
  for (let i = index; i >= 0; i--) {
    const func = /^func (?:\(\w*\s*\*?(\w+)(?:\[[^\]]*\])?\)\s*)?(\w+)/.exec(lines[i]!);
    if (func) return func[1] ? `${func[1]}.${func[2]}` : func[2]!;
  }
  return '';
}

/** The line where the statement containing `index` starts: walk up while brackets are still open. */
function statementStart(lines: string[], index: number): number {
  let balance = 0;
  for (let i = index; i >= Math.max(0, index - 40); i--) {
    const text =
      i === index ? lines[i]!.slice(0, lines[i]!.search(/\.(Debug|Info|Warn|Warning|Error|Fatal)(f|ln)?\(/)) : lines[i]!;
    for (const char of text.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/.*$/g, '')) {
      if ('({['.includes(char)) balance++;
      if (')}]'.includes(char)) balance--;
    }
    if (balance >= 0 && !/^\s*[.)}]/.test(lines[i]!)) return i;
  }
  return index;
}

/** The fields set on a log call's chain: literal `prefix` values, other keys by name. */
function chainFields(chain: string): string {
  const fields = new Map<string, string>();
  for (const match of chain.matchAll(/"(\w+)"\s*:\s*("([^"]*)")?/g)) fields.set(match[1]!, match[3] ?? '');
  for (const match of chain.matchAll(/WithField\(\s*"(\w+)"\s*,\s*("([^"]*)")?/g)) fields.set(match[1]!, match[3] ?? '');
  if (/WithError\(/.test(chain)) fields.set('error', '');
  // A middleware's Logger() carries its name as `mw` (BaseMiddleware.SetName).
  if (/\.Logger\(\)/.test(chain)) fields.set('mw', '');
  return [...fields].map(([key, value]) => (key === 'prefix' && value ? `prefix=${value}` : key)).join(' ');
}

/** A log call whose message is a parameter of its function: resolved from the function's callers. */
interface ParameterLog {
  row: Omit<LogRow, 'message' | 'args' | 'value' | 'expression'>;
  functionName: string;
  parameterIndex: number;
}

/** Arguments of a call starting right after its `(`, split at top-level commas. */
function callArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      current += char;
      if (char === '\\' && quote === '"') current += text[++i] ?? '';
      else if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || char === '`') quote = char;
    if ('({['.includes(char)) depth++;
    if (')}]'.includes(char)) {
      if (depth === 0) return [...args, current.trim()];
      depth--;
    }
    if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...args, current.trim()];
}

/** Parameter names of the `func` declaration at or above `index`, in order. */
function parameterNames(lines: string[], index: number): string[] {
  for (let i = index; i >= 0; i--) {
    const func = /^func (?:\([^)]*\)\s*)?\w+(?:\[[^\]]*\])?\((.*)$/.exec(lines[i]!);
    if (!func) continue;
    const names: string[] = [];
    for (const group of callArguments(func[1]!)) {
      const [name = '', type] = group.split(/\s+/);
      names.push(name);
      if (type) continue;
    }
    return names;
  }
  return [];
}

/** Every logrus call with a literal (or constant) message in one Go file, and those whose message is a parameter. */
export function parseLogs(
  source: string,
  file: string,
  constants: ReadonlyMap<string, string> = new Map(),
  resolver?: ErrorValueResolver,
): { rows: LogRow[]; parameterLogs: ParameterLog[] } {
  const lines = source.split('\n');
  const rows: LogRow[] = [];
  const parameterLogs: ParameterLog[] = [];
  const call = /\.(Debug|Info|Warn|Warning|Error|Fatal)(f|ln)?\(/g;
  lines.forEach((text, index) => {
    if (/^\s*\/\//.test(text)) return;
    for (const match of text.matchAll(call)) {
      const start = statementStart(lines, index);
      const chain = [...lines.slice(start, index), text.slice(0, match.index)].join('\n');
      if (!/\blog\w*\b|logger|Logger\(\)|logrus|WithField|WithError/i.test(chain)) continue;
      if (/\b(errors|fmt|t|b|http|assert|require)\.$/.test(text.slice(0, match.index + 1))) continue;
      const argumentText = [text.slice(match.index + match[0].length), ...lines.slice(index + 1, index + 4)].join('\n');
      const row = {
        level: levelNames[match[1]!]!,
        fields: chainFields(chain),
        file,
        line: index + 1,
        symbol: enclosingFunction(lines, index),
      };
      const literal = literalMessage(argumentText);
      if (literal?.message) {
        rows.push({ ...row, message: literal.message, args: literal.args, value: '', expression: '' });
        continue;
      }
      const [first = '', ...rest] = callArguments(argumentText);
      const constant = constants.get(first);
      if (constant !== undefined) {
        rows.push({ ...row, message: constant, args: 'none', value: '', expression: '' });
        continue;
      }
      const parameterIndex = parameterNames(lines, index).indexOf(first);
      if (/^\w+$/.test(first) && parameterIndex >= 0) {
        parameterLogs.push({ row, functionName: row.symbol.split('.').at(-1)!, parameterIndex });
        continue;
      }
      if (resolver && first && isErrorValue(first)) {
        const args = rest.length > 0 ? 'appended' : 'none';
        const resolved = resolver.resolve(first, file, index + 1);
        for (const text of resolved.texts) rows.push({ ...row, message: text, args, value: 'error', expression: first });
        if (resolved.unresolved) rows.push({ ...row, message: '%v', args, value: 'unresolved', expression: first });
      }
    }
  });
  return { rows, parameterLogs };
}

/** An expression that reads as a Go error (`err`, `ErrX`, `pkg.ErrX`, `err.Error()`, `errors.New(…)`), not a message variable. */
function isErrorValue(expression: string): boolean {
  return /^(?:(?:\w+\.)?(?:err\w*|e|Err\w*)(?:\.Error\(\))?|(?:errors|fmt)\.(?:New|Errorf)\(.*\))$/s.test(expression);
}

/** Log lines whose message is passed in: one row per caller in the package that passes a literal or constant. */
function resolveParameterLogs(
  parameterLogs: readonly ParameterLog[],
  files: ReadonlyArray<{ file: string; source: string }>,
  constants: ReadonlyMap<string, string>,
  depth = 0,
): LogRow[] {
  const passedOn: ParameterLog[] = [];
  const rows = parameterLogs.flatMap(({ row, functionName, parameterIndex }) =>
    files.flatMap(({ file, source }) => {
      const lines = source.split('\n');
      return [...source.matchAll(new RegExp(`\\b${functionName}\\(`, 'g'))].flatMap((match) => {
        if (/^func /.test(source.slice(source.lastIndexOf('\n', match.index) + 1))) return [];
        const args = callArguments(source.slice(match.index + match[0].length));
        const argument = args[parameterIndex] ?? '';
        const message = goStringLiteral(argument)?.value ?? constants.get(argument);
        const line = source.slice(0, match.index).split('\n').length;
        const symbol = `${enclosingFunction(lines, line - 1)} → ${row.symbol}`;
        if (!message) {
          // A helper that passes its own parameter on (`handleRateLimitFailure(…, message)` → `emitRateLimitEvent(…, message)`).
          // Logger wrappers (`newRelicLogger.Warn`) are not helpers: their callers are every log call.
          const callerIndex = parameterNames(lines, line - 1).indexOf(argument);
          const caller = symbol.split(' ')[0]!.split('.').at(-1)!;
          if (/^\w+$/.test(argument) && callerIndex >= 0 && !(caller in levelNames) && !row.symbol.includes(`.${caller}`))
            passedOn.push({ row: { ...row, symbol }, functionName: caller, parameterIndex: callerIndex });
          return [];
        }
        return [{ ...row, message, args: 'none' as const, value: '' as const, expression: '', file, line, symbol }];
      });
    }),
  );
  return passedOn.length > 0 && depth < 2 ? [...rows, ...resolveParameterLogs(passedOn, files, constants, depth + 1)] : rows;
}

/** Log lines of one Go package (a directory), constants and up to three levels of message parameters resolved. */
export function parsePackageLogs(
  files: ReadonlyArray<{ file: string; source: string }>,
  resolver: ErrorValueResolver = new ErrorValueResolver(files),
): LogRow[] {
  const constants = new Map(files.flatMap(({ source }) => [...stringConstants(source)]));
  const parsed = files.map(({ file, source }) => parseLogs(source, file, constants, resolver));
  const parameterLogs = parsed.flatMap((result) => result.parameterLogs);
  return [...parsed.flatMap((result) => result.rows), ...resolveParameterLogs(parameterLogs, files, constants)].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
}

export interface ErrorIdRow {
  id: string;
  constant: string;
  file: string;
  line: number;
}

/** The `override_messages` keys: every `TykErrors[ErrX] = …` registration, with the ID its constant holds. */
export function parseErrorIds(files: ReadonlyArray<{ file: string; source: string }>): ErrorIdRow[] {
  const constants = new Map(files.flatMap(({ source }) => [...stringConstants(source)]));
  return files.flatMap(({ file, source }) =>
    source.split('\n').flatMap((text, index) => {
      const registration = /^\s*TykErrors\[(\w+)\]\s*=/.exec(text);
      const id = registration && constants.get(registration[1]!);
      return id ? [{ id, constant: registration[1]!, file, line: index + 1 }] : [];
    }),
  );
}

export interface OverrideFieldRow {
  type: string;
  field: string;
  json: string;
  file: string;
  line: number;
}

/** The JSON keys of an Error Overrides rule (`apidef/error_overrides.go`): the shape a rule has in that release. */
export function parseOverrideFields(source: string, file: string): OverrideFieldRow[] {
  let type = '';
  return source.split('\n').flatMap((text, index) => {
    const struct = /^type (\w+) struct/.exec(text);
    if (struct) type = struct[1]!;
    const field = /^\s+(\w+)\s+[^`]+`[^`]*json:"([\w-]+)/.exec(text);
    return field && field[2] !== '-' ? [{ type, field: field[1]!, json: field[2]!, file, line: index + 1 }] : [];
  });
}

function goFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testdata' || name === 'vendor' ? [] : goFiles(path);
    return name.endsWith('.go') && !name.endsWith('_test.go') ? [path] : [];
  });
}

function extractTag(gitDir: string, tag: string): void {
  const work = mkdtempSync(join(tmpdir(), 'tyk-operator-'));
  try {
    const present = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '--name-only', tag], { encoding: 'utf8' }).split('\n');
    const dirs = gatewayDirs.filter((dir) => present.includes(dir));
    const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', tag, '--', ...dirs], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', work], { input: archive });
    const outDir = join(root, 'content/gateway-source', tag);
    mkdirSync(outDir, { recursive: true });

    const packages = Map.groupBy(dirs.flatMap((dir) => goFiles(join(work, dir))).sort(), (path) => dirname(path));
    const sources = new Map(
      [...packages.values()].flat().map((path) => [path, { file: relative(work, path), source: readFileSync(path, 'utf8') }]),
    );
    const resolver = new ErrorValueResolver([...sources.values()]);
    const logs = [...packages.values()].flatMap((paths) =>
      parsePackageLogs(
        paths.map((path) => sources.get(path)!),
        resolver,
      ),
    );
    writeFileSync(
      join(outDir, 'logs.tsv'),
      formatTsv(
        ['level', 'message', 'fields', 'args', 'file', 'line', 'symbol', 'value', 'expression'],
        logs.map((row) => [
          row.level,
          row.message,
          row.fields,
          row.args,
          row.file,
          String(row.line),
          row.symbol,
          row.value,
          row.expression,
        ]),
      ),
    );
    const errorValues = logs.filter((row) => row.value !== '');

    const gatewayFiles = (packages.get(join(work, 'gateway')) ?? []).map((path) => ({
      file: relative(work, path),
      source: readFileSync(path, 'utf8'),
    }));
    writeFileSync(
      join(outDir, 'error-ids.tsv'),
      formatTsv(
        ['id', 'constant', 'file', 'line'],
        parseErrorIds(gatewayFiles).map((row) => [row.id, row.constant, row.file, String(row.line)]),
      ),
    );
    const overridesFile = 'apidef/error_overrides.go';
    if (exists(join(work, overridesFile))) {
      writeFileSync(
        join(outDir, 'error-overrides.tsv'),
        formatTsv(
          ['type', 'field', 'json', 'file', 'line'],
          parseOverrideFields(readFileSync(join(work, overridesFile), 'utf8'), overridesFile).map((row) => [
            row.type,
            row.field,
            row.json,
            row.file,
            String(row.line),
          ]),
        ),
      );
    }

    const classification = join(work, flagFile);
    let flagCount = 0;
    if (exists(classification)) {
      const constants = readFileSync(classification, 'utf8');
      const flags = parseFlags(constants);
      flagCount = flags.length;
      writeFileSync(
        join(outDir, 'flags.tsv'),
        formatTsv(
          ['code', 'meaning', 'class', 'file', 'line'],
          flags.map((row) => [row.code, row.meaning, row.class, row.file, String(row.line)]),
        ),
      );
      const classifications = parseClassifications(readFileSync(join(work, classifierFile), 'utf8'), constants);
      writeFileSync(
        join(outDir, 'classifications.tsv'),
        formatTsv(
          ['flag', 'details', 'classifier', 'selector', 'file', 'line'],
          classifications.map((row) => [row.flag, row.details, row.classifier, row.selector, row.file, String(row.line)]),
        ),
      );
    }
    console.log(
      `${tag}: ${logs.length} log lines (${errorValues.filter((row) => row.value === 'error').length} error values resolved, ${errorValues.filter((row) => row.value === 'unresolved').length} not), ${flagCount} flags`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The tags content/gateway-source/releases.yaml lists, oldest first. */
export function listedTags(): string[] {
  const releases = parse(readFileSync(join(root, 'content/gateway-source/releases.yaml'), 'utf8')) as Array<{ tag: string }>;
  return releases.map(({ tag }) => tag);
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A source tool's arguments: the gateway's git dir, then the tags to read (by default every tag in releases.yaml). */
export function gitDirAndTags(command: string): { gitDir: string; tags: string[] } {
  const [gitDir, ...given] = process.argv.slice(2);
  if (!gitDir) {
    console.error(`Usage: npm run ${command} -- <git dir of TykTechnologies/tyk> [<tag>…] (default: every tag in releases.yaml)`);
    process.exit(1);
  }
  return { gitDir, tags: given.length > 0 ? given : listedTags() };
}

if (import.meta.main ?? process.argv[1]?.endsWith('operator.ts')) {
  const { gitDir, tags } = gitDirAndTags('source:operator');
  for (const tag of tags) extractTag(gitDir, tag);
}
