/** The entry schema: what it accepts, its defaults, and the messages authors see when it rejects. */
import { describe, expect, test, vi } from 'vitest';
import { z } from 'astro/zod';

vi.mock('astro:content', () => ({
  defineCollection: <T>(collection: T) => collection,
  reference: (collection: string) => z.string().transform((id) => ({ id, collection })),
}));

const { collections } = await import('../../src/content.config');
const schema = collections.errors.schema as z.ZodType;

const valid = {
  status: 403,
  message: 'Quota exceeded',
  slug: 'quota-exceeded',
  summary: 'The key has used every request its quota allows for this period.',
  category: 'rate-limits-and-quotas',
  audience: 'api-consumer',
  source: [{ file: 'gateway/mw_rate_limiting.go', line: 120, symbol: 'handleQuotaFailure' }],
  example: 'HTTP/1.1 403 Forbidden\n\n{"error": "Quota exceeded"}',
};

function issues(data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('error entry schema', () => {
  test('accepts a complete entry and fills the defaults', () => {
    const result = schema.parse(valid) as Record<string, unknown>;
    expect(result['related']).toEqual([]);
    expect(result['aliases']).toEqual([]);
    expect(result['documentedAs']).toEqual([]);
    expect(result['source']).toEqual([{ ...valid.source[0], ref: 'v5.14.0' }]);
  });

  test('accepts `tls` for errors that are not HTTP responses', () => {
    expect(issues({ ...valid, status: 'tls' })).toEqual([]);
  });

  test.each([99, 600, 403.5, '403', 'TLS'])('rejects status %j', (status) => {
    expect(issues({ ...valid, status })).toEqual([
      'status: must be an HTTP status code from 100 to 599 written as a number (403, not "403"), or `tls` for a TLS handshake failure',
    ]);
  });

  test('names each missing field and what belongs in it', () => {
    const { message, summary, example, ...rest } = valid;
    expect(issues(rest)).toEqual([
      'message: is required: the exact text the gateway returns',
      'summary: is required: one sentence on when the gateway sends this error',
      'example: is required: the response exactly as sent: status line, headers, blank line, body',
    ]);
  });

  test('rejects slugs that are not kebab-case', () => {
    expect(issues({ ...valid, slug: 'Quota_Exceeded' })).toEqual([
      'slug: must be lower-case kebab-case (a-z, 0-9 and single hyphens)',
    ]);
    expect(issues({ ...valid, aliases: ['Old Slug'] })).toEqual([
      'aliases.0: each alias must be a kebab-case slug, or <status>/<slug>',
    ]);
  });

  test('lists the allowed categories and audiences', () => {
    expect(issues({ ...valid, category: 'quotas' })[0]).toMatch(/^category: must be one of: authentication, keys-and-policies, /);
    expect(issues({ ...valid, audience: 'admins' })).toEqual(['audience: must be one of: api-consumer, gateway-api']);
  });

  test('requires at least one source location with a .go file and a line', () => {
    expect(issues({ ...valid, source: [] })).toEqual(['source: must list at least one place in the gateway source']);
    expect(issues({ ...valid, source: [{ file: 'README.md', line: 0, symbol: 'x' }] })).toEqual([
      'source.0.file: must be a .go path in the tyk repository',
      'source.0.line: Too small: expected number to be >0',
    ]);
  });

  test('rejects unknown fields, so a misspelt field is not silently ignored', () => {
    expect(issues({ ...valid, sumary: 'typo' })[0]).toMatch(/sumary/);
  });

  test('keeps summaries to one sentence', () => {
    expect(issues({ ...valid, summary: 'x'.repeat(201) })).toEqual(['summary: must be one sentence of at most 200 characters']);
  });

  test('keeps messages byte-exact: surrounding spaces and invisible characters are refused, never trimmed', () => {
    const refusedSpaces =
      'message: starts or ends with spaces. Messages are byte-exact and never trimmed: remove them, or quote the message exactly as the gateway writes it.';
    expect(issues({ ...valid, message: ' Quota exceeded' })).toEqual([refusedSpaces]);
    expect(issues({ ...valid, message: 'Quota exceeded\n' })).toEqual([refusedSpaces]);
    for (const message of ['Quota\texceeded', 'Quota\u200bexceeded', 'Quota\u0007exceeded']) {
      expect(issues({ ...valid, message })[0]).toMatch(/^message: contains a control or invisible character/);
    }
  });

  test.each(['%s', '%s: %v', '%d %s!', 'ok: %s'])('refuses %j: too little besides its format verbs to identify it', (message) => {
    expect(issues({ ...valid, message })).toEqual([
      'message: needs at least 4 letters or digits besides its format verbs (%s, %v, …): a message made of verbs and punctuation matches any text, so search would call every query an exact match.',
    ]);
  });

  test.each(['null', '%s: %s is required', 'Key not authorised: %s'])('accepts %j', (message) => {
    expect(issues({ ...valid, message })).toEqual([]);
  });

  test('accepts log lines, flags and an error ID, and names the field when one is wrong', () => {
    const operator = {
      logs: [
        {
          level: 'info',
          message: 'Key quota limit exceeded.',
          source: { file: 'gateway/mw_rate_limiting.go', line: 31, symbol: 'x' },
        },
      ],
      flags: [{ code: 'QEX', details: 'quota_exceeded' }],
      errorId: 'auth.key_not_found',
    };
    expect(issues({ ...valid, ...operator })).toEqual([]);
    expect(issues({ ...valid, flags: [{ code: 'qex' }] })).toEqual([
      'flags.0.code: must be a three-letter response flag such as AKI or UCF',
    ]);
    expect(issues({ ...valid, logs: [{ ...operator.logs[0], level: 'warn' }] })).toEqual([
      'logs.0.level: must be one of: debug, info, warning, error, fatal',
    ]);
    expect(issues({ ...valid, errorId: 'key not found' })).toEqual(['errorId: must be an error ID such as auth.key_not_found']);
  });
});
