import { describe, expect, test } from 'vitest';
import { answerPaste, type SearchIndex } from '../../src/lib/paste/answer';
import { matchWordings, prepareTable, withWordingForms } from '../../src/lib/paste/match';
import { readPaste } from '../../src/lib/paste/reader';
import { searchTableEntry, type CatalogEntryData } from '../../src/lib/paste/table';

const entry = (status: number, message: string, extra: Partial<CatalogEntryData> = {}, slug = message) =>
  searchTableEntry(
    { status, message, summary: '', category: 'c', audience: 'api-consumer', documentedAs: [], ...extra },
    `/${status}/${slug}/`,
  );

const entries = [
  entry(401, 'Key not authorised', { likelihood: 'rare' }),
  entry(403, 'Key not authorised'),
  entry(403, 'Key not authorised. OAuth client access was revoked'),
  entry(400, 'Request malformed'),
  entry(400, 'request malformed', {}, 'request-malformed-oas'),
  entry(401, 'Key not authorized: %s'),
  entry(403, 'Certificate with SHA256 %s not allowed', {
    documentedAs: [{ message: 'Certificate with SHA256 $certID not allowed' }],
  }),
  entry(403, 'Quota exceeded', {
    logs: [{ level: 'warning', message: 'Quota exceeded for key %s' }],
    flags: [{ code: 'QEX' }],
  }),
  entry(404, 'Not Found'),
  entry(404, 'null'),
  entry(422, '%s: %s is required'),
  entry(500, '%s'),
  entry(429, 'Rate Limit Exceeded', {
    // As the build names it (`wordingChange`, tested in releases.test.ts): 5.3.13 and earlier, then 5.4.0 on.
    wordings: [{ message: 'Rate limit exceeded', change: { until: '5.3', since: '5.4' } }],
  }),
  entry(403, 'Attempted access with non-existent key.', {
    logs: [{ level: 'warning', message: 'Attempted access with non-existent key.' }],
  }),
];
const index: SearchIndex = { table: prepareTable(entries) };
const paths = (paste: string) => answerPaste(paste, index).results.map((result) => result.entry.path);
const first = (paste: string) => paths(paste)[0];

describe('the table', () => {
  test('wordings other than the message, with their kinds; format-verb-only wordings never enter', () => {
    expect(entries.find((row) => row.message === 'Quota exceeded')?.also).toEqual([
      { text: 'Quota exceeded for key %s', kind: 'log', level: 'warning' },
      { text: 'QEX', kind: 'flag' },
    ]);
    expect(index.table.wordings.some((wording) => wording.original === '%s')).toBe(false);
  });
});

describe('containment', () => {
  test('a wording anywhere in the paste, however much text surrounds it', () => {
    expect(first('Tyk responds with 403 and "Key not authorised" when I call /orders')).toBe('/403/Key not authorised/');
    expect(first('We keep hitting quota exceeded on the orders API since Monday')).toBe('/403/Quota exceeded/');
  });
  test('format verbs are wildcards; the most specific wording wins', () => {
    expect(first('Key not authorized:token is expired')).toBe('/401/Key not authorized: %s/');
    expect(first('{"error": "Certificate with SHA256 0a1b2c not allowed"}')).toBe('/403/Certificate with SHA256 %s not allowed/');
    expect(first('Key not authorised. OAuth client access was revoked')).toBe(
      '/403/Key not authorised. OAuth client access was revoked/',
    );
  });
  test('a status in the paste ranks within the most specific wording; without one, likelihood does', () => {
    expect(first('HTTP/1.1 401 Unauthorized\n\n{"error": "Key not authorised"}')).toBe('/401/Key not authorised/');
    expect(first('Key not authorised')).toBe('/403/Key not authorised/');
  });
  test("the paste's case breaks ties between entries that differ only in case", () => {
    expect(first('{"status":"error","message":"request malformed"}')).toBe('/400/request-malformed-oas/');
    expect(first('{"status":"error","message":"Request malformed"}')).toBe('/400/Request malformed/');
  });
  test('short or generic wordings match only a whole message, never a word in a sentence', () => {
    expect(first('{"error": "Not Found"}')).toBe('/404/Not Found/');
    expect(answerPaste('I searched but the page was not found', index).results[0]?.exact).toBeUndefined();
    expect(answerPaste('{"Status":"OK","Message":"done","Meta":null}', index).results.some((r) => r.exact)).toBe(false);
  });
  test('wordings with leading format verbs need their literal part', () => {
    expect(first('{"error": "body: name is required"}')).toBe('/422/%s: %s is required/');
    expect(answerPaste('is required', index).results.some((result) => result.exact)).toBe(false);
  });
  test('several messages in one paste are each listed', () => {
    const answer = answerPaste('{"error":"Quota exceeded"}{"error":"Rate Limit Exceeded"}', index);
    expect(answer.verdict.kind).toBe('several');
    expect(
      answer.results
        .slice(0, 2)
        .map((result) => result.entry.path)
        .sort(),
    ).toEqual(['/403/Quota exceeded/', '/429/Rate Limit Exceeded/']);
  });
  test('a wording inside a longer one is not listed, unless it also stands alone', () => {
    const inside = matchWordings(readPaste('Key not authorised. OAuth client access was revoked'), index.table);
    expect(inside.map((match) => match.wording.entry.path)).toEqual([
      '/403/Key not authorised. OAuth client access was revoked/',
    ]);
    const alone = matchWordings(
      readPaste('Key not authorised. OAuth client access was revoked\nlater: Key not authorised'),
      index.table,
    );
    expect(alone.map((match) => match.wording.entry.path)).toContain('/403/Key not authorised/');
  });
});

describe('the first answer before the fuzzy index is built', () => {
  test('exact matches answer at once, marked partial, without building the fuzzy index', () => {
    const fresh: SearchIndex = { table: prepareTable(entries) };
    const answer = answerPaste('{"error": "Quota exceeded"}', fresh, 8, true);
    expect(answer.partial).toBe(true);
    expect(fresh.fuzzy).toBeUndefined();
    expect(answer.results[0]).toMatchObject({ entry: { path: '/403/Quota exceeded/' }, exact: 'message' });
    expect(answerPaste('{"error": "Quota exceeded"}', fresh).partial).toBe(false);
    expect(fresh.fuzzy).toBeDefined();
  });
  test('a paste without an exact match builds the fuzzy index and answers whole', () => {
    const fresh: SearchIndex = { table: prepareTable(entries) };
    const answer = answerPaste('the quota seems exceded for our key', fresh, 8, true);
    expect(answer.partial).toBe(false);
    expect(fresh.fuzzy).toBeDefined();
    expect(answer.results[0]?.entry.path).toBe('/403/Quota exceeded/');
  });
});

describe('logs, flags and older wordings (data from other branches, when present)', () => {
  test('a log line matches its entry, with the level in the verdict', () => {
    const answer = answerPaste('level=warning msg="Quota exceeded for key 1234abcd" prefix=quota', index);
    expect(answer.results[0]).toMatchObject({ entry: { path: '/403/Quota exceeded/' }, exact: 'log' });
    expect(answer.verdict).toEqual({
      kind: 'gateway-log',
      text: 'A gateway log line (warning); the client received 403 `Quota exceeded`',
    });
  });
  test('only the words of a log line, pasted without its fields, still say they are a log line', () => {
    const answer = answerPaste('we keep seeing Quota exceeded for key 1234abcd on the orders API', index);
    expect(answer.results[0]).toMatchObject({ entry: { path: '/403/Quota exceeded/' }, exact: 'log' });
    expect(answer.verdict).toEqual({
      kind: 'gateway-log',
      text: 'The text of a gateway log line (warning), `Quota exceeded for key %s`; the client received 403 `Quota exceeded`',
    });
  });
  test('an access-log flag matches its entry', () => {
    const answer = answerPaste('prefix=access-log status=403 response_flag=QEX path=/orders', index);
    expect(answer.results[0]).toMatchObject({ entry: { path: '/403/Quota exceeded/' }, exact: 'flag' });
    expect(answer.verdict.kind).toBe('access-log');
  });
  test('an older release wording says which releases send which', () => {
    const answer = answerPaste('{"error": "Rate limit exceeded"}', index);
    expect(answer.results[0]).toMatchObject({ entry: { path: '/429/Rate Limit Exceeded/' }, exact: 'wording' });
    expect(answer.verdict.text).toBe('Sent by Tyk 5.3 and earlier; 5.4 and later send 429 `Rate Limit Exceeded`');
  });
  test('a wording changed inside a line names the checked patches, not the line', () => {
    const inside = entry(403, 'Key not authorized', {
      wordings: [{ message: 'Key not authorized:%s', change: { until: '4.0.0', since: '4.0.16' } }],
    });
    const table = prepareTable([inside]);
    expect(answerPaste('Key not authorized:signature is invalid', { table }).verdict.text).toBe(
      'Sent by Tyk 4.0.0 and earlier; 4.0.16 and later send 403 `Key not authorized`',
    );
  });
  test('without releases data the older-wording verdict stays general', () => {
    const bare = { table: prepareTable([entry(429, 'Rate Limit Exceeded', { wordings: [{ message: 'Rate limit exceeded' }] })]) };
    expect(answerPaste('Rate limit exceeded', bare).verdict.text).toBe(
      'Another wording Tyk sends (or sent) for 429 `Rate Limit Exceeded`',
    );
  });
});

describe('verdicts', () => {
  test.each([
    [
      'HTTP/1.1 403 Forbidden\nX-Generator: tyk.io\n\n{"error":"Key not authorised"}',
      'gateway',
      'Read as 403 `Key not authorised`, sent by the Tyk Gateway (X-Generator: tyk.io)',
    ],
    [
      '{"Status":"Error","Message":"Could not retrieve API detail","Meta":null}',
      'dashboard',
      'This is a Tyk Dashboard API response (Status/Message/Meta), not a gateway response',
    ],
    [
      'HTTP/1.1 502 Bad Gateway\nServer: awselb/2.0\n\n<html><title>502 Bad Gateway</title></html>',
      'proxy',
      'This page came from a proxy in front of Tyk (Server: awselb/2.0), not from Tyk',
    ],
  ])('%j', (paste, kind, text) => expect(answerPaste(paste, index).verdict).toEqual({ kind, text }));

  test('gateway words in a response the gateway did not send are not marked as exact matches', () => {
    const dashboard = answerPaste('{"Status":"Error","Message":"Quota exceeded","Meta":null}', index);
    expect(dashboard.verdict.kind).toBe('dashboard');
    expect(dashboard.results[0]?.entry.path).toBe('/403/Quota exceeded/');
    expect(dashboard.results.some((result) => result.exact)).toBe(false);
    const upstream = answerPaste('HTTP/1.1 404 Not Found\nServer: Kestrel\n\n{"error":"Not Found"}', index);
    expect(upstream.verdict.kind).toBe('upstream');
    expect(upstream.results.some((result) => result.exact)).toBe(false);
  });
  test('a customised message names the nearest default', () => {
    const verdict = answerPaste(
      'HTTP/1.1 403 Forbidden\nX-Generator: tyk.io\n\n{"error":"Quota has been exceeded for you"}',
      index,
    ).verdict;
    expect(verdict.kind).toBe('customised');
    expect(verdict.text).toContain('nearest default: 403 `Quota exceeded`');
  });
  test('a misquote is not an exact match: the nearest wording comes first', () => {
    const answer = answerPaste('Key not authorised, OAuth client access revoked', index);
    expect(answer.results[0]).toEqual({
      entry: expect.objectContaining({ path: '/403/Key not authorised. OAuth client access was revoked/' }),
    });
    expect(answer.verdict.kind).toBe('nearest');
  });
  test('one message with several statuses and none in the paste says so', () => {
    expect(answerPaste('Key not authorised', index).verdict.text).toBe(
      "Read as 403 `Key not authorised`; also sent as 401: no status in the paste, so the likelier (by each entry's likelihood) comes first",
    );
  });
});

describe('bounded work (by counting, not timing)', () => {
  test('a wording that is only format verbs never matches everything', () => {
    expect(answerPaste('anything at all, really', index).results.some((result) => result.entry.message === '%s')).toBe(false);
  });
  test('1 MiB and 50,000 lines: each wording is looked up with a bounded number of indexOf calls', () => {
    const huge = `${'%s '.repeat(200_000)}${'a'.repeat(400_000)} key not authorised`;
    let calls = 0;
    const original = String.prototype.indexOf;
    String.prototype.indexOf = function (this: string, ...args: [string, number?]) {
      calls++;
      return original.apply(this, args);
    };
    try {
      matchWordings(readPaste(huge), index.table);
      const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i} with key not authorised and more`).join('\n');
      matchWordings(readPaste(lines), index.table);
    } finally {
      String.prototype.indexOf = original;
    }
    // At most a few dozen calls per wording, whatever the paste's size.
    expect(calls).toBeLessThan(index.table.wordings.length * 200);
  });
  test('the long pastes keep a bounded URL query and Pagefind term', () => {
    const answer = answerPaste(`${'lorem ipsum '.repeat(50_000)} {"error":"Quota exceeded"}`, index);
    expect(answer.urlQuery).toBe('Quota exceeded');
    expect(answer.pagefindTerm.length).toBeLessThanOrEqual(200);
  });
});

describe('flags with details, and logged errors that name the cause', () => {
  const proxyLog = [{ level: 'error', message: 'http: proxy error: ' }];
  const rows = [
    entry(500, 'There was a problem proxying the request', {
      likelihood: 'common',
      logs: proxyLog,
      flags: [
        { code: 'UCF', details: 'connection_refused', errors: ['connection refused'] },
        { code: 'DNS', details: 'dns_timeout' },
        { code: 'UPE', details: 'upstream_error' },
      ],
    }),
    entry(500, 'Upstream host lookup failed', {
      logs: proxyLog,
      flags: [{ code: 'DNS', details: 'dns_not_found', errors: ['no such host'] }],
    }),
    entry(499, 'Client closed request', {
      logs: proxyLog,
      flags: [{ code: 'CDC', details: 'client_disconnected', errors: ['context canceled'] }],
    }),
    entry(504, 'Upstream service reached hard timeout.', {
      logs: proxyLog,
      flags: [{ code: 'URT', details: 'context_deadline_exceeded', errors: ['context deadline exceeded'] }],
    }),
    entry(429, 'Rate Limit Exceeded', { likelihood: 'common', flags: [{ code: 'RLT', details: 'session_rate_limited' }] }),
    entry(429, 'API Rate Limit Exceeded', { flags: [{ code: 'RLT', details: 'api_rate_limited' }] }),
    entry(403, 'Access denied', { flags: [{ code: 'RLT', details: 'generic_rate_limit_error' }] }),
    entry(403, 'action not allowed', { logs: [{ level: 'error', message: 'Error: %s' }] }),
    entry(403, 'This organisation rate limit has been exceeded, please contact your API administrator'),
    entry(500, 'Loop level too deep. Found more than %d loops in single request'),
  ];
  const flagged: SearchIndex = { table: prepareTable(rows) };
  const top = (paste: string) => answerPaste(paste, flagged).results.map((result) => result.entry.path);

  test('the table keeps each flag row with its details and error texts', () => {
    expect(rows[0]!.also).toContainEqual({
      text: 'UCF',
      kind: 'flag',
      details: 'connection_refused',
      errors: ['connection refused'],
    });
    expect(rows[0]!.also?.filter((wording) => wording.kind === 'flag')).toHaveLength(3);
  });
  test('response_code_details picks the entry that lists them', () => {
    expect(top('prefix=access-log status=500 response_flag=DNS response_code_details=dns_timeout')[0]).toBe(
      '/500/There was a problem proxying the request/',
    );
    expect(top('prefix=access-log status=429 response_flag=RLT response_code_details=api_rate_limited')[0]).toBe(
      '/429/API Rate Limit Exceeded/',
    );
  });
  test('without details, the entry a flag is all of comes before a catch-all, and the verdict lists every one', () => {
    const dns = answerPaste('prefix=access-log status=500 response_flag=DNS', flagged);
    expect(dns.results.map((result) => result.entry.path).slice(0, 2)).toEqual([
      '/500/Upstream host lookup failed/',
      '/500/There was a problem proxying the request/',
    ]);
    expect(dns.verdict.text).toBe(
      'An access-log line (status 500, response_flag DNS); DNS is set for several responses: the client received one of 500 `Upstream host lookup failed`, 500 `There was a problem proxying the request` (the likelier first)',
    );
    // The status in the line leaves out the 403 that shares the flag; likelihood orders the two 429s.
    const rlt = answerPaste('prefix=access-log status=429 response_flag=RLT', flagged);
    expect(rlt.results.map((result) => result.entry.path).slice(0, 2)).toEqual([
      '/429/Rate Limit Exceeded/',
      '/429/API Rate Limit Exceeded/',
    ]);
    expect(rlt.verdict.text).toContain('one of 429 `Rate Limit Exceeded`, 429 `API Rate Limit Exceeded` (the likelier first)');
  });
  test.each([
    ['http: proxy error: dial tcp: lookup orders on 10.96.0.10:53: no such host', '/500/Upstream host lookup failed/'],
    ['http: proxy error: context canceled', '/499/Client closed request/'],
    ['http: proxy error: context deadline exceeded', '/504/Upstream service reached hard timeout./'],
    ['http: proxy error: dial tcp 10.0.0.9:80: connect: connection refused', '/500/There was a problem proxying the request/'],
  ])('a logged Go error names the response: %s', (message, path) => {
    const answer = answerPaste(`time="t" level=error msg="${message}" prefix=proxy`, flagged);
    expect(answer.results[0]?.entry.path).toBe(path);
    expect(answer.verdict.kind).toBe('gateway-log');
    expect(answer.verdict.text).toContain('; the client received ');
  });
  test('an error text outside a matched log line adds nothing: a Redis lookup failure is no upstream lookup', () => {
    const answer = answerPaste(
      'time="t" level=error msg="Redis health check failed" error="dial tcp: lookup redis on 10.96.0.10:53: no such host" prefix=main',
      flagged,
    );
    expect(answer.results.some((result) => result.exact)).toBe(false);
  });
  test('a log line several responses share, with nothing to tell them apart, lists them', () => {
    const answer = answerPaste('time="t" level=error msg="http: proxy error: EOF" prefix=proxy', flagged);
    expect(answer.results[0]?.entry.path).toBe('/500/There was a problem proxying the request/');
    expect(answer.verdict.text).toMatch(
      /^A gateway log line \(error\) written for several responses; .* one of 500 `There was a problem proxying the request`, /,
    );
  });
  test('one word and a value (`Error: %s`) is no claim about Tyk', () => {
    expect(
      answerPaste('requests.exceptions.HTTPError: 429 Client Error: Too Many Requests', flagged).results.some((r) => r.exact),
    ).toBe(false);
  });
  test('a message cut off is read as the start of the wording; a few typed words are not', () => {
    const cut = answerPaste('{"error": "This organisation rate limit has been exceeded, please con', flagged);
    expect(cut.results[0]).toEqual({
      entry: expect.objectContaining({ path: expect.stringContaining('organisation rate limit') }),
    });
    expect(cut.verdict).toEqual({
      kind: 'truncated',
      text: 'Cut off: the start of 403 `This organisation rate limit has been exceeded, please contact your API administrator`',
    });
    expect(answerPaste('Loop level too deep. Found more than 3 lo…', flagged).verdict.kind).toBe('truncated');
    expect(answerPaste('loop level too deep', flagged).verdict.kind).not.toBe('truncated');
  });
  test('another Tyk component is named, and its words are never an exact match', () => {
    const pump = answerPaste('[Jul 02 09:14:11] ERROR mongo-pump: Problem inserting to mongo collection: EOF', flagged);
    expect(pump.verdict).toEqual({ kind: 'tyk-component', text: "A Tyk Pump log line, not the gateway's" });
    const wrapping = answerPaste('tyk-dashboard-1  | time="t" level=error msg="upstream said: Access denied" prefix=x', flagged);
    expect(wrapping.verdict.kind).toBe('tyk-component');
    expect(wrapping.results.some((result) => result.exact)).toBe(false);
  });
});

describe('the table as published, with each wording’s form worked out at build', () => {
  const published = withWordingForms(entries);
  const comparable = (table: ReturnType<typeof prepareTable>) =>
    table.wordings.map(({ entry, ...wording }) => ({ path: entry.path, ...wording }));

  test('prepares exactly as the raw table does, without normalising in the browser', () => {
    expect(comparable(prepareTable(published))).toEqual(comparable(prepareTable(entries)));
    expect(published.find((row) => row.message === 'Key not authorized: %s')?.form).toEqual({
      normal: 'key not authorised:%s',
      coverage: 17,
      weak: false,
    });
    // Where the normal form is the text in lower case, the table leaves it out.
    expect(published.find((row) => row.message === 'Quota exceeded')?.form).toEqual({ coverage: 13, weak: false });
  });

  test('a wording too short to be found inside text is carried as null and never matched', () => {
    expect(published.find((row) => row.message === '%s')?.form).toBeNull();
    expect(prepareTable(published).wordings.some((wording) => wording.original === '%s')).toBe(false);
  });

  test('the browser uses the carried form: a wrong one changes what matches', () => {
    const tampered = published.map((row) =>
      row.message === 'Quota exceeded' ? { ...row, form: { normal: 'quota used up', coverage: 11, weak: false } } : row,
    );
    const answer = (paste: string) => answerPaste(paste, { table: prepareTable(tampered) }).results[0]?.entry.path;
    expect(answer('{"error": "quota used up"}')).toBe('/403/Quota exceeded/');
  });
});
