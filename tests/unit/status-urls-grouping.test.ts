import { describe, expect, test } from 'vitest';
import type { Category } from '../../src/lib/categories';
import { compareByStatusThenMessage, groupByCategory, groupByStatus } from '../../src/lib/grouping';
import {
  compareStatus,
  statusBadgeColour,
  statusClass,
  statusFromLabel,
  statusLabel,
  type StatusKey,
} from '../../src/lib/status';
import { absoluteUrl, categoryPath, permalinkPath, statusPath, withBase } from '../../src/lib/urls';

describe('status helpers', () => {
  test('classes', () => {
    expect(statusClass(403)).toBe('client-error');
    expect(statusClass(503)).toBe('server-error');
    expect(statusClass('tls')).toBe('tls');
    expect(statusClass(302)).toBe('other');
  });
  test('orders numerically with TLS last', () => {
    expect(([503, 'tls', 401, 403] as StatusKey[]).sort(compareStatus)).toEqual([401, 403, 503, 'tls']);
  });
  test('labels, and back', () => {
    expect(statusLabel(429)).toBe('429');
    expect(statusLabel('tls')).toBe('TLS');
    expect(statusFromLabel('TLS')).toBe('tls');
    expect(statusFromLabel('503')).toBe(503);
  });
  test('badge colours follow the class', () => {
    expect(statusBadgeColour(401)).toBe('bg-client-error');
    expect(statusBadgeColour(502)).toBe('bg-server-error');
    expect(statusBadgeColour('tls')).toBe('bg-tls');
  });
});

describe('URLs', () => {
  test('paths', () => {
    expect(statusPath(403)).toBe('/403/');
    expect(permalinkPath(403, 'key-not-authorised')).toBe('/403/key-not-authorised/');
    expect(permalinkPath('tls', 'bad-certificate')).toBe('/tls/bad-certificate/');
    expect(categoryPath('oauth')).toBe('/categories/oauth/');
  });
  test('withBase respects a sub-path with or without its trailing slash', () => {
    expect(withBase('/403/', '/')).toBe('/403/');
    expect(withBase('/403/', '/docs/gateway-errors/')).toBe('/docs/gateway-errors/403/');
    expect(withBase('/403/', '/docs/gateway-errors')).toBe('/docs/gateway-errors/403/');
    expect(withBase('errors.json', '/docs/')).toBe('/docs/errors.json');
  });
  test('absoluteUrl combines site, base and path', () => {
    expect(absoluteUrl('/403/quota-exceeded/', 'https://example.com', '/docs/gateway-errors/')).toBe(
      'https://example.com/docs/gateway-errors/403/quota-exceeded/',
    );
    expect(absoluteUrl('/403/', new URL('http://localhost:4321'), '/')).toBe('http://localhost:4321/403/');
  });
});

describe('grouping', () => {
  const entry = (status: StatusKey, category: Category, message: string) => ({ data: { status, category, message } });
  const entries = [
    entry(429, 'rate-limits-and-quotas', 'Rate Limit Exceeded'),
    entry(403, 'rate-limits-and-quotas', 'Quota exceeded'),
    entry('tls', 'certificates-and-mtls', 'x509: certificate signed by unknown authority'),
    entry(403, 'authentication', 'Access to this API has been disallowed'),
  ].sort(compareByStatusThenMessage);

  test('sorts by status, then message', () => {
    expect(entries.map((e) => e.data.message)).toEqual([
      'Access to this API has been disallowed',
      'Quota exceeded',
      'Rate Limit Exceeded',
      'x509: certificate signed by unknown authority',
    ]);
  });
  test('groups by status in order, keeping every entry once', () => {
    const groups = groupByStatus(entries);
    expect(groups.map((g) => [g.status, g.errors.length])).toEqual([
      [403, 2],
      [429, 1],
      ['tls', 1],
    ]);
    expect(groups.flatMap((g) => g.errors)).toHaveLength(entries.length);
  });
  test('groups by category in the fixed category order, without empty categories', () => {
    expect(groupByCategory(entries).map((g) => g.category)).toEqual([
      'authentication',
      'certificates-and-mtls',
      'rate-limits-and-quotas',
    ]);
  });
});
