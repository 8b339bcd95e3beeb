/**
 * Every log line, flag and error ID an entry lists is checked against the tables extracted from the
 * gateway's source (content/gateway-source/<tag>/, written by `npm run source:operator`), and the
 * release ranges the site prints are derived from those tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseClassifications, parseFlags, parsePackageLogs } from '../../scripts/gateway-source/operator';
import { readLogPaths } from '../../scripts/gateway-source/response-logs';
import {
  causeAnchor,
  compareTags,
  describeRange,
  flagQueries,
  isListedLog,
  logQueries,
  logsOnPathOf,
  releaseRange,
  releaseTables,
} from '../../src/lib/operator-source';
import { formatTsv, parseTsv } from '../../src/lib/tsv';
import { projectRoot, readCatalogFiles } from './content-files';

const sourceDir = join(projectRoot, 'content/gateway-source');
const releases = readdirSync(sourceDir, { withFileTypes: true })
  .filter((dirent) => dirent.isDirectory())
  .map((dirent) => dirent.name)
  .sort(compareTags)
  .map((tag) =>
    releaseTables(
      tag,
      Object.fromEntries(
        readdirSync(join(sourceDir, tag)).map((name) => [name, readFileSync(join(sourceDir, tag, name), 'utf8')]),
      ),
    ),
  );
const byTag = new Map(releases.map((tables) => [tables.tag, tables]));
const newest = byTag.get('v5.14.0')!;

interface OperatorFrontmatter {
  status: number | string;
  message: string;
  wordings?: Array<{ status?: number | string; message: string }>;
  source: Array<{ file: string; line: number; ref?: string }>;
  logs?: Array<{
    level: string;
    message: string;
    source: { file: string; line: number; ref?: string };
    cause?: string;
    errorValue?: string;
  }>;
  flags?: Array<{ code: string; details?: string; cause?: string }>;
  errorId?: string;
}
const entries = readCatalogFiles().map((file) => ({ ...file, data: file.frontmatter as unknown as OperatorFrontmatter }));
/** Every release in releases.yaml with its responses and the log lines on each response's path; the deliberate omissions. */
const { releases: paths, omissions } = readLogPaths(sourceDir);
const listedTags = paths.map(({ tag }) => tag);
const headings = (body: string) => new Set([...body.matchAll(/^### (.+)$/gm)].map((match) => match[1]!.trim()));

describe('the operator tables', () => {
  test('cover every listed release, with flags from the 5.12 line on', () => {
    expect(releases.map(({ tag }) => tag)).toEqual(expect.arrayContaining(['v4.0.16', 'v5.12.1', 'v5.14.0', 'v5.15.0-rc7']));
    for (const tag of listedTags) expect(byTag.get(tag)?.logs.length, `${tag}/logs.tsv`).toBeGreaterThan(0);
    const firstOf512 = releases.find(({ tag }) => compareTags(tag, 'v5.12.0') >= 0)!.tag;
    expect(releaseRange(releases, (tables) => tables.flags.length > 0)?.first).toBe(firstOf512);
    expect(newest.flags.map((flag) => flag.code)).toHaveLength(36);
  });

  test('list the error IDs the classifier maps to flags', () => {
    const aki = newest.classifications.filter((row) => row.flag === 'AKI').map((row) => row.selector);
    expect(aki).toEqual(['auth.key_not_found', 'auth.cert_not_found', 'auth.key_is_invalid', 'oauth.key_not_found']);
  });
});

describe('every entry', () => {
  test('lists log lines that the gateway writes, byte for byte, at the line given', () => {
    const problems = entries.flatMap(({ filePath, data }) =>
      (data.logs ?? []).flatMap((log) => {
        const tables = byTag.get(log.source.ref ?? 'v5.14.0');
        const atLine = (tables?.logs ?? []).filter(
          (candidate) => candidate.file === log.source.file && candidate.line === log.source.line,
        );
        // One call can log several texts: an error value with more than one possible text.
        const row = atLine.find((candidate) => candidate.message === log.message);
        if (atLine.length === 0) return [`${filePath}: no log line at ${log.source.file}:${log.source.line} in logs.tsv`];
        if (!row)
          return [
            `${filePath}: ${log.source.file}:${log.source.line} logs ${atLine.map((other) => JSON.stringify(other.message)).join(' or ')}`,
          ];
        if (row.level !== log.level) return [`${filePath}: "${log.message}" is logged at ${row.level}`];
        const value = { error: 'resolved', unresolved: 'unresolved' }[row.value];
        if (log.errorValue !== value) return [`${filePath}: "${log.message}" needs errorValue: ${value ?? '(none)'}`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  test('sent from a code path that logs lists every line on that path, at every listed release', () => {
    const used = new Set<(typeof omissions)[number]>();
    const problems = entries.flatMap(({ id, filePath, data }) => {
      if (data.status === 'tls') return [];
      const missing = new Map<string, string>();
      for (const { tag, responses, responseLogs } of paths) {
        for (const row of logsOnPathOf(data, responses, responseLogs, tag)) {
          if ((data.logs ?? []).some((log) => log.level === row.level && log.message === row.message)) continue;
          const omission = omissions.find(
            (item) => item.entry === id && item.level === row.level && item.message === row.message,
          );
          if (omission) used.add(omission);
          else
            missing.set(
              `${row.level} ${row.message}`,
              `${filePath}: lacks level=${row.level} msg=${JSON.stringify(row.message)} (${row.file}:${row.line} at ${tag}, on the path of ${row.siteFile}:${row.siteLine})`,
            );
        }
      }
      return [...missing.values()];
    });
    expect(problems).toEqual([]);
    expect(omissions.filter((item) => !used.has(item)).map((item) => `${item.entry}: ${item.message}`)).toEqual([]);
  });

  test('omits a line on its path only with a reason', () => {
    for (const item of omissions) expect(item.reason.length, `${item.entry}: ${item.message}`).toBeGreaterThan(20);
    expect(isListedLog({ level: 'debug', via: 'enclosing' })).toBe(false);
    expect(isListedLog({ level: 'debug', via: 'branch' })).toBe(true);
  });

  test('lists flags, details and error IDs the classifier knows', () => {
    const problems = entries.flatMap(({ filePath, data }) => [
      ...(data.flags ?? []).flatMap((flag) => {
        if (!newest.flags.some((row) => row.code === flag.code)) return [`${filePath}: no flag ${flag.code} in flags.tsv`];
        if (flag.details && !newest.classifications.some((row) => row.flag === flag.code && row.details === flag.details))
          return [`${filePath}: the classifier never writes ${flag.code} with ${flag.details}`];
        return [];
      }),
      ...(data.errorId && !newest.errorIds.some((row) => row.id === data.errorId)
        ? [`${filePath}: no error ID ${data.errorId}`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });

  test('names causes that are headings of its body', () => {
    const problems = entries.flatMap(({ filePath, data, body }) =>
      [...(data.flags ?? []), ...(data.logs ?? [])]
        .filter((item) => item.cause && !headings(body).has(item.cause))
        .map((item) => `${filePath}: no "### ${item.cause}" heading`),
    );
    expect(problems).toEqual([]);
  });

  test('on the upstream path tells causes apart by flag', () => {
    const proxying = entries.find(({ id }) => id === '500/there-was-a-problem-proxying-the-request')!;
    const codes = (proxying.data.flags ?? []).map((flag) => flag.code);
    expect(codes).toEqual(expect.arrayContaining(['UCF', 'URT', 'DNS', 'TLN', 'URR', 'UPE']));
    const disallowed = entries.find(({ id }) => id === '403/access-to-this-api-has-been-disallowed')!;
    expect((disallowed.data.flags ?? []).map((flag) => flag.details)).toEqual(['auth_key_not_found', 'auth_cert_not_found']);
  });
});

describe('release ranges', () => {
  test('sort tags as versions, pre-releases before their release', () => {
    expect(['v5.10.0', 'v5.15.0-rc7', 'v5.8.15', 'v4.0.16', 'v5.14.0'].sort(compareTags)).toEqual([
      'v4.0.16',
      'v5.8.15',
      'v5.10.0',
      'v5.14.0',
      'v5.15.0-rc7',
    ]);
  });

  test('come from the tables: a flag from its first release on, a log line where it is written', () => {
    const range = releaseRange(releases, (tables) => tables.flags.some((flag) => flag.code === 'AKI'))!;
    expect(describeRange(range, 'v5.15.0-rc7')).toMatch(/^v5\.12\.\d+ onwards$/);
    const proxyError = releaseRange(releases, (tables) => tables.logs.some((log) => log.message === 'http: proxy error: '))!;
    expect(proxyError.first).toBe(releases[0]!.tag);
  });
});

describe('helpers', () => {
  test('a TSV cell keeps tabs, newlines and backslashes', () => {
    const text = formatTsv(['a', 'b'], [['x\ty', 'line\nnext \\d']]);
    expect(parseTsv(text)).toEqual([{ a: 'x\ty', b: 'line\nnext \\d' }]);
  });

  test('flags come with their class and meaning', () => {
    const source =
      '\t// TLS-related errors\n\tTLE ResponseFlag = "TLE" // TLS certificate expired\n\t// 4XX Gateway Error Flags\n\tAKI ResponseFlag = "AKI" // API key invalid (403)\n';
    expect(parseFlags(source)).toEqual([
      { code: 'TLE', meaning: 'TLS certificate expired', class: 'tls', file: 'internal/errors/classification.go', line: 2 },
      { code: 'AKI', meaning: 'API key invalid (403)', class: 'gateway', file: 'internal/errors/classification.go', line: 4 },
    ]);
  });

  test('the classifier maps error IDs through constants', () => {
    const constants = 'ErrAuthKeyNotFound = "auth.key_not_found"\ndetailAuthKeyNotFound = "auth_key_not_found"\n';
    const classifier =
      'func ClassifyAuthError(id string) {\n\tswitch id {\n\tcase ErrAuthKeyNotFound:\n\t\treturn NewErrorClassification(AKI, detailAuthKeyNotFound)\n';
    expect(parseClassifications(classifier, constants)).toMatchObject([
      { flag: 'AKI', details: 'auth_key_not_found', classifier: 'ClassifyAuthError', selector: 'auth.key_not_found', line: 4 },
    ]);
  });

  test('log lines keep format verbs, read constants and follow a message passed to a helper', () => {
    const source = [
      'const MsgMissing = "Attempted access with non-existent key."',
      'func (k *AuthKey) ProcessRequest() {',
      '\tk.Logger().WithField("prefix", "auth").Warningf("bad %s", x)',
      '\tk.report(key, MsgMissing)',
      '}',
      'func (k *AuthKey) report(key string, msg string) {',
      '\tk.Logger().WithField("key", key).Info(msg)',
      '}',
    ].join('\n');
    expect(parsePackageLogs([{ file: 'gateway/a.go', source }])).toMatchObject([
      {
        level: 'warning',
        message: 'bad %s',
        fields: 'prefix=auth mw',
        args: 'formatted',
        line: 3,
        symbol: 'AuthKey.ProcessRequest',
      },
      {
        level: 'info',
        message: 'Attempted access with non-existent key.',
        fields: 'key mw',
        line: 4,
        symbol: 'AuthKey.ProcessRequest → AuthKey.report',
      },
    ]);
  });

  test('cause anchors are the flag, or flag and details for a repeated flag', () => {
    const flags = [
      { code: 'AKI', details: 'auth_key_not_found' },
      { code: 'AKI', details: 'auth_cert_not_found' },
      { code: 'UCF' },
    ];
    expect(causeAnchor(flags[1]!, flags)).toBe('aki-auth-cert-not-found');
    expect(causeAnchor(flags[2]!, flags)).toBe('ucf');
  });

  test('log queries quote for the shell and stop at the first format verb', () => {
    expect(logQueries("Can't find %s key").grep).toBe(`grep -F 'Can'\\''t find' tyk-gateway.log`);
    expect(flagQueries('AKI', 'auth_key_not_found').jq).toBe(
      `jq -c 'select(.prefix == "access-log" and .response_flag == "AKI" and .response_code_details == "auth_key_not_found")' tyk-gateway.log`,
    );
  });
});
