/**
 * The operator's view of the gateway, read from the tables `npm run source:operator` commits under
 * content/gateway-source/<tag>/: flags, classifier mappings, log lines, error IDs and the Error
 * Overrides rule shape, with the releases each one appears in derived from which tables hold it.
 */
import { formatVerb } from './message';
import { parseTsv } from './tsv';

export interface FlagDefinition {
  code: string;
  meaning: string;
  class: 'gateway' | 'upstream' | 'tls';
  file: string;
  line: number;
}

export interface Classification {
  flag: string;
  details: string;
  classifier: string;
  /** The error ID, error type or Go error that selects this classification; empty when unconditional. */
  selector: string;
  file: string;
  line: number;
}

export interface LogDefinition {
  level: string;
  message: string;
  fields: string;
  args: string;
  file: string;
  line: number;
  symbol: string;
  /** Empty for a literal message; `error` (text resolved) or `unresolved` (`%v`) for a Go error value. */
  value: string;
  /** The Go expression logged, for error values. */
  expression: string;
}

/** The tables of one release; a table the release does not have is empty. */
export interface ReleaseTables {
  tag: string;
  flags: FlagDefinition[];
  classifications: Classification[];
  logs: LogDefinition[];
  errorIds: Array<{ id: string; constant: string; file: string; line: number }>;
  overrideFields: Array<{ type: string; field: string; json: string; file: string; line: number }>;
}

const withLine = <T extends { line: string }>(row: T) => ({ ...row, line: Number(row.line) });

/** Builds one release's tables from the text of its TSV files (missing files as undefined). */
export function releaseTables(tag: string, files: Partial<Record<string, string>>): ReleaseTables {
  const rows = (name: string) => parseTsv(files[name] ?? '') as Array<Record<string, string> & { line: string }>;
  return {
    tag,
    flags: rows('flags.tsv').map(withLine) as unknown as FlagDefinition[],
    classifications: rows('classifications.tsv').map(withLine) as unknown as Classification[],
    logs: rows('logs.tsv').map(withLine) as unknown as LogDefinition[],
    errorIds: rows('error-ids.tsv').map(withLine) as unknown as ReleaseTables['errorIds'],
    overrideFields: rows('error-overrides.tsv').map(withLine) as unknown as ReleaseTables['overrideFields'],
  };
}

export { compareTags } from './release-tags';

/** The first and last listed release in which `has` holds, and every release in between where it does. */
export interface ReleaseRange {
  first: string;
  last: string;
  tags: string[];
}

export function releaseRange(
  releases: readonly ReleaseTables[],
  has: (tables: ReleaseTables) => boolean,
): ReleaseRange | undefined {
  const tags = releases.filter(has).map((tables) => tables.tag);
  if (tags.length === 0) return undefined;
  return { first: tags[0]!, last: tags.at(-1)!, tags };
}

/** "v5.12.1 onwards", "v4.0.16 to v5.10.0", or a single release, given the newest listed release. */
export function describeRange(range: ReleaseRange, newest: string): string {
  if (range.first === range.last) return range.first;
  return range.last === newest ? `${range.first} onwards` : `${range.first} to ${range.last}`;
}

/** The anchor of a flag-named cause: the flag in lower case, or flag and details when an entry lists one flag twice. */
export function causeAnchor(
  flag: { code: string; details?: string | undefined },
  flagsOfEntry: ReadonlyArray<{ code: string }>,
): string {
  const repeated = flagsOfEntry.filter((other) => other.code === flag.code).length > 1;
  const anchor = repeated && flag.details ? `${flag.code}-${flag.details}` : flag.code;
  return anchor.toLowerCase().replace(/_/g, '-');
}

/** A log line an entry lists, as far as the helpers below need it. */
export interface ListedLog {
  level: string;
  message: string;
  errorValue?: 'resolved' | 'unresolved' | undefined;
  source: { symbol: string };
}

/** Whether the line's text is known: a literal, or an error value the source fixes (an unresolved one is `%v`). */
export const hasKnownText = (log: Pick<ListedLog, 'errorValue'>) => log.errorValue !== 'unresolved';

/** The line as a reader finds it in text logs: `msg="…"`, or a description when the text is a Go error the source does not fix. */
export function logLineText(log: Pick<ListedLog, 'level' | 'message' | 'errorValue'>): string {
  return hasKnownText(log) ? `level=${log.level} msg="${log.message}"` : `level=${log.level} msg=<the error's own text>`;
}

/** Whether a table row is the line an entry lists: same text, or for an unresolved error value the same call site's function. */
export function isSameLog(row: Pick<LogDefinition, 'message' | 'value' | 'symbol'>, log: ListedLog): boolean {
  return hasKnownText(log) ? row.message === log.message : row.value === 'unresolved' && row.symbol === log.source.symbol;
}

/** A grep for text logs that finds this line, and a jq filter for JSON logs (`log_format: json`). */
export function logQueries(message: string): { grep: string; jq: string } {
  const literal = message.split(formatVerb)[0]!.trimEnd() || message;
  const shellQuoted = `'${literal.replace(/'/g, `'\\''`)}'`;
  const jqString = JSON.stringify(literal);
  return {
    grep: `grep -F ${shellQuoted} tyk-gateway.log`,
    jq: `jq -c 'select(.msg | startswith(${jqString.replace(/'/g, `'\\''`)}))' tyk-gateway.log`,
  };
}

/** Access-log queries for a flag: text (`response_flag=AKI`) and JSON. */
export function flagQueries(code: string, details?: string): { grep: string; jq: string } {
  const detailsText = details ? ` | grep -F 'response_code_details=${details}'` : '';
  const detailsJq = details ? ` and .response_code_details == "${details}"` : '';
  return {
    grep: `grep -F 'prefix=access-log' tyk-gateway.log | grep -F 'response_flag=${code}'${detailsText}`,
    jq: `jq -c 'select(.prefix == "access-log" and .response_flag == "${code}"${detailsJq})' tyk-gateway.log`,
  };
}

/** One row of `<tag>/response-logs.tsv`: a log line on the code path of a response site (`npm run source:response-logs`). */
export interface ResponseLog {
  siteFile: string;
  siteLine: number;
  siteSymbol: string;
  level: string;
  message: string;
  /** Empty for a literal message, `error` for a resolved error value, `unresolved` (message `%v`) when the source does not fix it. */
  value: string;
  /** `yes` when the error value logged is the one the response sends (`log.Error(err)`, then `apiError(err.Error())`). */
  sent: string;
  fields: string;
  file: string;
  line: number;
  symbol: string;
  /** `branch`, `enclosing`, `helper <symbol>` or `caller <symbol>`: how the line is on the path. */
  via: string;
}

/**
 * Whether an entry must list a line on its path: every level, except debug lines reached through an
 * enclosing block, a helper or a caller (written on every request through the function, by shared
 * bookkeeping such as health-check counters, or while routing), which say nothing about this response.
 */
export function isListedLog(row: { level: string; via: string }): boolean {
  return row.level !== 'debug' || row.via === 'branch';
}

/** The release an entry's `source` line numbers refer to when they give no `ref` (src/content.config.ts). */
export const defaultSourceRef = 'v5.14.0';

/**
 * The log lines an entry must list at release `tag`: those on the path of every response site sending
 * its message or a wording, and of its own `source` locations at that release (which also reach
 * responses the extractor does not find, such as the certificate store's errors).
 */
export function logsOnPathOf(
  entry: {
    status: number | string;
    message: string;
    wordings?: ReadonlyArray<{ status?: number | string | undefined; message: string }> | undefined;
    source?: ReadonlyArray<{ file: string; line: number; ref?: string | undefined }> | undefined;
  },
  responses: ReadonlyArray<Record<string, string>>,
  responseLogs: readonly ResponseLog[],
  tag?: string,
): ResponseLog[] {
  const pairs = new Set(
    [{ status: entry.status, message: entry.message }, ...(entry.wordings ?? [])].map(
      (pair) => `${pair.status ?? entry.status} ${pair.message}`,
    ),
  );
  const sites = new Set([
    ...responses.filter((row) => pairs.has(`${row['status']} ${row['message']}`)).map((row) => `${row['file']}:${row['line']}`),
    ...(entry.source ?? [])
      .filter((location) => tag !== undefined && (location.ref ?? defaultSourceRef) === tag)
      .map((location) => `${location.file}:${location.line}`),
  ]);
  const messages = new Set([...pairs].map((pair) => pair.slice(pair.indexOf(' ') + 1)));
  return responseLogs.filter((row) => {
    if (!sites.has(`${row.siteFile}:${row.siteLine}`) || !isListedLog(row)) return false;
    // The error the response sends, logged as well: its text is the entry's own message, so only that text belongs here.
    if (row.sent === 'yes') return row.value === 'error' && messages.has(row.message);
    return true;
  });
}

/** `response-logs.tsv` as rows. */
export function parseResponseLogs(text: string): ResponseLog[] {
  return parseTsv(text).map((row) => ({
    ...(row as unknown as ResponseLog),
    siteLine: Number(row['siteLine']),
    line: Number(row['line']),
  }));
}
