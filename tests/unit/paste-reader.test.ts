import { describe, expect, test } from 'vitest';
import { normalise } from '../../src/lib/paste/normalise';
import { maxPasteChars, readPaste } from '../../src/lib/paste/reader';

describe('normalise', () => {
  test.each([
    ['  Key not authorised. ', 'key not authorised'],
    ['Key not authorized', 'key not authorised'],
    ['UNAUTHORIZED organization', 'unauthorised organisation'],
    ['Couldn’t decode', "couldn't decode"],
    ['Couldn\\u0027t decode', "couldn't decode"],
    ["Couldn\\'t decode", "couldn't decode"],
    ['“Quota exceeded”', 'quota exceeded'],
    ['Key not authorized:token is expired', 'key not authorised:token is expired'],
    ['Key not authorized : token is expired', 'key not authorised:token is expired'],
    ['Batch request creation failed , request structure malformed', 'batch request creation failed request structure malformed'],
    ['Key is inactive please renew', 'key is inactive please renew'],
    ['a\\tb\\nc', 'a b c'],
  ])('%j → %j', (input, expected) => expect(normalise(input)).toBe(expected));
});

describe('readPaste: status', () => {
  test.each([
    ['HTTP/1.1 403 Forbidden\n\n{"error":"x"}', 403],
    ['< HTTP/2 429\n< content-type: application/json', 429],
    ['HTTP 403 Key not authorised', 403],
    ['403 Forbidden with Key not authorised', 403],
    ['I get a 403 when calling /orders', 403],
    ['Access to this API has been disallowed (HTTP 403)', 403],
    ['status code 401 and "Key not authorised"', 401],
    ['403 {"error": "Key not authorised"}', 403],
    ['time="x" level=info status=429 response_flag=RLT prefix=access-log', 429],
  ])('%j → %d', (input, status) => expect(readPaste(input).status).toBe(status));

  test('numbers that are not statuses are not read as one', () => {
    expect(readPaste('Found more than 5 loops in single request').status).toBeUndefined();
    expect(readPaste('listening on port 8080, version 5.3.13').status).toBeUndefined();
  });
});

describe('readPaste: shapes', () => {
  test('a curl -v transcript: response headers that matter, not the request', () => {
    const reading = readPaste(
      '> GET /api/orders HTTP/1.1\n> Host: gw.example.com\n> Authorization: abc\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: application/json\n< X-Generator: tyk.io\n< Server: nginx\n<\n{"error": "Key not authorised"}',
    );
    expect(reading).toMatchObject({
      kind: 'gateway-response',
      status: 403,
      headers: { generator: 'tyk.io', server: 'nginx', contentType: 'application/json' },
      messages: ['Key not authorised'],
    });
    expect(reading.text).not.toContain('gw.example.com');
  });
  test('JSON read loosely: curly quotes, tabs, escapes, a missing brace, two bodies run together', () => {
    expect(readPaste('{ “error”: “Key not authorised” }').messages).toEqual(['Key not authorised']);
    expect(readPaste('{\n\t"error":\t"Quota exceeded"').messages).toEqual(['Quota exceeded']);
    expect(readPaste('{\\n    \\"error\\": \\"Quota exceeded\\"\\n}').messages).toEqual(['Quota exceeded']);
    expect(readPaste('{"error":"Quota exceeded"}{"error":"Rate Limit Exceeded"}').messages).toEqual([
      'Quota exceeded',
      'Rate Limit Exceeded',
    ]);
    expect(readPaste("{'error': 'Quota exceeded'}").messages).toEqual(['Quota exceeded']);
  });
  test('quoted spans in prose, straight or curly', () => {
    expect(readPaste('Still getting “Rate limit exceeded” after raising it').messages).toEqual(['Rate limit exceeded']);
  });
  test('a logfmt gateway log line behind a container prefix', () => {
    const reading = readPaste(
      'tyk-gateway-1  | time="Jun 30 12:52:39" level=warning msg="Attempted access with non-existent key." api_id=abc key=****1234 prefix=auth-key',
    );
    expect(reading).toMatchObject({
      kind: 'gateway-log',
      level: 'warning',
      messages: ['Attempted access with non-existent key.'],
    });
  });
  test('a JSON gateway log line, and the most severe level of several', () => {
    const reading = readPaste(
      '{"level":"warning","msg":"Key not authorised","prefix":"auth-key"}\n{"level":"error","msg":"Upstream host lookup failed","prefix":"proxy"}',
    );
    expect(reading).toMatchObject({ kind: 'gateway-log', level: 'error' });
    expect(reading.messages).toEqual(['Key not authorised', 'Upstream host lookup failed']);
  });
  test('an access-log line: status and response_flag', () => {
    const reading = readPaste(
      'time="Jun 30 12:52:39" level=info api_id=abc client_ip=10.0.0.1 method=GET path=/orders prefix=access-log status=403 response_flag=AKI',
    );
    expect(reading).toMatchObject({ kind: 'access-log', status: 403, flags: ['AKI'] });
  });
  test('a Tyk Dashboard API response', () => {
    expect(readPaste('{"Status":"Error","Message":"Could not retrieve API detail","Meta":null}')).toMatchObject({
      kind: 'dashboard-response',
      messages: ['Could not retrieve API detail'],
    });
  });
  test('a proxy page: by its Server header, or an HTML page without X-Generator', () => {
    expect(
      readPaste(
        'HTTP/1.1 502 Bad Gateway\nServer: awselb/2.0\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head></html>',
      ),
    ).toMatchObject({ kind: 'proxy-page', status: 502, headers: { server: 'awselb/2.0' } });
    expect(readPaste('<html>\n<head><title>504 Gateway Time-out</title></head>\n<center>openresty</center>')).toMatchObject({
      kind: 'proxy-page',
      status: 504,
    });
  });
  test('a Tyk Operator log line wrapping a gateway error', () => {
    expect(
      readPaste(
        '{"level":"error","ts":1719752000.1,"logger":"controllers.ApiDefinition","msg":"failed","error":"API not found"}',
      ),
    ).toMatchObject({ kind: 'operator-log', messages: ['failed', 'API not found'] });
  });
  test('an upstream framework error body', () => {
    expect(
      readPaste(
        'HTTP/1.1 404 Not Found\n\n{"timestamp":"2024-06-30T12:00:00Z","status":404,"error":"Not Found","path":"/orders"}',
      ).kind,
    ).toBe('upstream-response');
  });
  test('prose is text', () => {
    expect(readPaste('why does tyk say key not authorised').kind).toBe('text');
  });
});

describe('readPaste: bounded on adversarial input', () => {
  test('a paste over 1 MiB is read up to the limit and says so', () => {
    const reading = readPaste('x'.repeat(maxPasteChars + 10));
    expect(reading.truncated).toBe(true);
    expect(reading.text.length).toBeLessThanOrEqual(maxPasteChars);
  });
  test('50,000 log lines with distinct keys and times: only their message fields are matched, once each', () => {
    const lines = Array.from(
      { length: 50_000 },
      (_, i) => `time="Jul 02 09:${i % 60}:11" level=info msg="Key quota limit exceeded." key=${i.toString(16)} org_id=${i}`,
    );
    const reading = readPaste(lines.join('\n'));
    // Read up to 1 MiB, which may cut the last line read short.
    expect(reading.truncated).toBe(true);
    expect(reading.text.split('\n')[0]).toBe('key quota limit exceeded');
    expect(reading.text.split('\n').length).toBeLessThanOrEqual(2);
  });
  test('repeated log lines collapse to their distinct lines', () => {
    const line = 'level=warning msg="Key not authorised" prefix=auth-key';
    const reading = readPaste(Array.from({ length: 15_000 }, () => line).join('\n'));
    expect(reading.text.split('\n')).toHaveLength(1);
    expect(reading.messages).toEqual(['Key not authorised']);
  });
  test('the number of message candidates is bounded', () => {
    const reading = readPaste(Array.from({ length: 5_000 }, (_, i) => `{"error":"message ${i}"}`).join('\n'));
    expect(reading.messages.length).toBeLessThanOrEqual(200);
  });
  test('regular-expression metacharacters and long runs of punctuation are plain text', () => {
    const reading = readPaste(`${'.'.repeat(200_000)}x (a+)+$ [^]* \\ ${'"'.repeat(100_000)}`);
    expect(reading.kind).toBe('text');
  });
});

describe('readPaste: what log collectors put before the gateway line', () => {
  const line = 'time="Jul 02 09:14:11" level=info msg="Attempted access from expired key." api_id=ledger';
  test.each([
    ['docker logs -t', `2024-07-02T09:14:11.482913377Z ${line}`],
    ['Docker Desktop', `2024-07-02 11:14:11 ${line}`],
    ['compose, colours lost in the copy', `[36mtyk-gateway_1          |[0m ${line}`],
    ['compose, colours kept', `\u001b[36mtyk-gateway-1  |\u001b[0m ${line}`],
    ['kubectl --prefix', `[pod/tyk-gateway-6c9d7b8f4-qx2lm/gateway-tyk-gateway] ${line}`],
    ['CRI file', `2024-07-02T09:14:11.482913377Z stderr F ${line}`],
    ['syslog', `Jul  2 09:14:11 gw-eu-1 tyk: ${line}`],
    ['journald, another locale', `июл 02 09:14:11 шлюз-1 tyk[2211]: ${line}`],
    ['json-file driver', JSON.stringify({ log: `${line}\n`, stream: 'stderr', time: '2024-07-02T09:14:11Z' })],
    ['Cloud Logging', JSON.stringify({ insertId: 'x1', textPayload: line, severity: 'INFO' })],
  ])('%s', (_, paste) => {
    expect(readPaste(paste)).toMatchObject({
      kind: 'gateway-log',
      level: 'info',
      messages: expect.arrayContaining(['Attempted access from expired key.']),
    });
  });

  test('older formats: logrus on a terminal, and the bracketed time of Tyk 2.x', () => {
    expect(readPaste('WARN[0042] Attempted access with non-existent key.            api_id=legacy mw=AuthKey')).toMatchObject({
      kind: 'gateway-log',
      level: 'warning',
      messages: ['Attempted access with non-existent key.'],
    });
    expect(readPaste('[Jul 02 09:14:11] ERROR proxy: http: proxy error: context canceled')).toMatchObject({
      kind: 'gateway-log',
      level: 'error',
      messages: ['http: proxy error: context canceled'],
    });
  });

  test("other Tyk components, named by container, process or Pump prefix; the gateway's own prefixes are not", () => {
    expect(readPaste('tyk-pump-1  | time="x" level=error msg="Error writing to: Mongo Pump" prefix=mongo-pump')).toMatchObject({
      kind: 'component-log',
      component: 'Tyk Pump',
    });
    expect(readPaste('[Jul 02 09:14:11] ERROR mongo-pump: Problem inserting to mongo collection: EOF').component).toBe(
      'Tyk Pump',
    );
    expect(readPaste('Jul 02 09:14:11 mgmt tyk-analytics[9120]: time="x" level=error msg="No menus found"').component).toBe(
      'Tyk Dashboard',
    );
    expect(readPaste('tyk-dashboard-1  | time="x" level=error msg="No menus found"').component).toBe('Tyk Dashboard');
    // The gateway logs its Dashboard registration under prefix=dashboard: still the gateway.
    const gateway = readPaste('time="x" level=error msg="Response failed with code 404; retrying in 5s" prefix=dashboard');
    expect(gateway.kind).toBe('gateway-log');
    expect(gateway.component).toBeUndefined();
  });

  test("a whole stack's log (Dashboard, gateway and Pump lines) is the gateway's when a gateway line is in it", () => {
    const reading = readPaste(
      [
        'tyk-dashboard-1  | time="x" level=info msg="Listening on port 3000"',
        'tyk-gateway-1    | time="x" level=warning msg="Attempted access with non-existent key." prefix=auth-key',
        'tyk-pump-1       | time="x" level=info msg="Purged 3 records" prefix=main',
      ].join('\n'),
    );
    expect(reading.kind).toBe('gateway-log');
    expect(reading.component).toBeUndefined();
    expect(readPaste('tyk-gateway-with-dashboard-1 | time="x" level=warning msg="Quota exceeded"').kind).toBe('gateway-log');
  });

  test('access-log details are read with the flag', () => {
    const reading = readPaste('level=info prefix=access-log response_code_details=dns_not_found response_flag=DNS status=500');
    expect(reading).toMatchObject({ kind: 'access-log', status: 500, flags: ['DNS'], details: ['dns_not_found'] });
  });

  test.each([
    ['System.Net.WebException: The remote server returned an error: (504) Gateway Timeout.', 504],
    ['GET https://gw.example/items 403 (Forbidden)', 403],
    ['403 Forbidden  •  41 ms  •  356 B', 403],
  ])('status as clients print it: %j', (paste, status) => expect(readPaste(paste).status).toBe(status));
});

describe('readPaste: prefixes stay bounded on adversarial input (pattern runs counted; one megabyte read in one pass)', () => {
  const countingExec = (run: () => void) => {
    let calls = 0;
    const original = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      calls++;
      return original.call(this, text);
    };
    try {
      run();
    } finally {
      RegExp.prototype.exec = original;
    }
    return calls;
  };
  test('50,000 lines with every prefix stacked: a bounded number of pattern runs per line', () => {
    const line = (i: number) =>
      `\u001b[36mtyk-gateway-1 |\u001b[0m [pod/gw-${i}/gateway] 2024-07-02T09:14:11.1Z stderr F Jul 02 09:14:11 gw tyk[${i}]: time="t" level=info msg="Key quota limit exceeded." key=${i}`;
    const lines = Array.from({ length: 50_000 }, (_, i) => line(i)).join('\n');
    let reading: ReturnType<typeof readPaste> | undefined;
    const calls = countingExec(() => (reading = readPaste(lines)));
    expect(reading!.messages).toEqual(['Key quota limit exceeded.']);
    // Counted: the patterns run; at most a few dozen times per line read, whatever the prefixes.
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(50_000 * 40);
  });
  test('a megabyte of spaces inside an older-format line is read in one pass (no backtracking over it)', () => {
    for (const prefix of ['WARN[0042] ', '[Jul 02 09:14:11] ERROR proxy: ']) {
      const reading = readPaste(`${prefix}Quota exceeded${' '.repeat(1_000_000)}y`);
      expect(reading.messages[0]).toMatch(/^Quota exceeded/);
    }
  });
  test('prefix look-alikes that never close are plain text', () => {
    const reading = readPaste(
      `WARN[${'0'.repeat(200_000)}\n[pod/${'a'.repeat(200_000)}\n[${'x'.repeat(200_000)}] ERROR\n${'[0m'.repeat(100_000)}`,
    );
    expect(reading.kind).toBe('text');
    expect(reading.messages).toEqual([]);
  });
});
