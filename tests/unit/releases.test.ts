/** The releases each entry is sent by, and how the site says it: pure functions over extracted data. */
import { describe, expect, test } from 'vitest';
import {
  compareReleases,
  describeTags,
  entryReleases,
  historyOf,
  newestOfEachLine,
  pairKey,
  retiredSince,
  type Release,
} from '../../src/lib/releases';

const release = (tag: string, line: string, unreleased = false): Release => ({
  tag,
  line,
  lts: line.endsWith('LTS'),
  unreleased,
});
const releases = [
  release('v4.0.16', '4.0 LTS'),
  release('v5.3.13', '5.3 LTS'),
  release('v5.8.0', '5.8 LTS'),
  release('v5.8.15', '5.8 LTS'),
  release('v5.14.0', '5.14'),
  release('v5.15.0-rc7', '5.15', true),
];
const sends = (tags: string[], ...pairs: Array<[number, string]>) =>
  new Map(tags.map((tag) => [tag, new Set(pairs.map(([status, message]) => pairKey({ status, message })))]));
const merge = (...maps: Array<Map<string, Set<string>>>) => {
  const all = new Map<string, Set<string>>();
  for (const map of maps) for (const [tag, pairs] of map) all.set(tag, new Set([...(all.get(tag) ?? []), ...pairs]));
  return all;
};

const rateLimit = { status: 429, message: 'Rate Limit Exceeded', wordings: [{ message: 'Rate limit exceeded' }] };
const data = merge(
  sends(['v4.0.16', 'v5.3.13'], [429, 'Rate limit exceeded']),
  sends(['v5.8.0', 'v5.8.15', 'v5.14.0', 'v5.15.0-rc7'], [429, 'Rate Limit Exceeded'], [404, 'Since 5.8']),
  sends(['v5.15.0-rc7'], [500, 'Only in the candidate']),
  sends(['v4.0.16', 'v5.3.13', 'v5.8.0', 'v5.8.15', 'v5.14.0', 'v5.15.0-rc7'], [403, 'Everywhere']),
  sends(['v4.0.16', 'v5.3.13'], [400, 'Retired']),
);
const of = (status: number, message: string) => entryReleases({ status, message, wordings: [] }, releases, data);

describe('entryReleases and describeTags', () => {
  test('an entry sent by every checked release', () => {
    expect(describeTags(of(403, 'Everywhere').tags, releases)).toBe('Sent by 4.0.16 – 5.14.0');
  });
  test('an entry sent since a later release', () => {
    expect(describeTags(of(404, 'Since 5.8').tags, releases)).toBe('Since 5.8.0');
  });
  test('a retired entry: a range and "only", and the first checked release without it', () => {
    const retired = of(400, 'Retired');
    expect(describeTags(retired.tags, releases)).toBe('4.0.16 – 5.3.13 only');
    expect(retiredSince(retired.tags, releases)?.tag).toBe('v5.8.0');
  });
  test('an entry only a release candidate sends is unreleased', () => {
    const candidate = of(500, 'Only in the candidate');
    expect(candidate.unreleased).toBe(true);
    expect(describeTags(candidate.tags, releases)).toBe('Unreleased: only in 5.15.0-rc7');
  });
  test('an entry no checked release sends has no label and is not called unreleased', () => {
    const nothing = of(418, 'Never');
    expect(nothing.tags).toEqual([]);
    expect(nothing.unreleased).toBe(false);
    expect(describeTags(nothing.tags, releases)).toBeUndefined();
  });
  test('wordings count towards the entry, each with its own releases', () => {
    const entry = entryReleases(rateLimit, releases, data);
    expect(entry.message.tags).toEqual(['v5.8.0', 'v5.8.15', 'v5.14.0', 'v5.15.0-rc7']);
    expect(entry.wordings[0]).toMatchObject({ status: 429, message: 'Rate limit exceeded', tags: ['v4.0.16', 'v5.3.13'] });
    expect(describeTags(entry.tags, releases)).toBe('Sent by 4.0.16 – 5.14.0');
    expect(entry.unreleased).toBe(false);
  });
});

describe('historyOf', () => {
  test('names the release where the wording changed', () => {
    const steps = historyOf(entryReleases(rateLimit, releases, data), releases);
    expect(steps).toEqual([
      {
        release: releases[2],
        added: [{ status: 429, message: 'Rate Limit Exceeded' }],
        removed: [{ status: 429, message: 'Rate limit exceeded' }],
      },
    ]);
  });
});

describe('compareReleases', () => {
  const entries = [
    { entry: 'rate-limit', releases: entryReleases(rateLimit, releases, data) },
    { entry: 'since-5.8', releases: of(404, 'Since 5.8') },
    { entry: 'retired', releases: of(400, 'Retired') },
    { entry: 'everywhere', releases: of(403, 'Everywhere') },
    {
      entry: 'moved',
      releases: entryReleases(
        { status: 504, message: 'Timeout', wordings: [{ status: 408, message: 'Timeout' }] },
        releases,
        merge(sends(['v5.3.13'], [408, 'Timeout']), sends(['v5.8.15'], [504, 'Timeout'])),
      ),
    },
  ];
  test('sorts each changed entry into added, removed, reworded or status changed', () => {
    const changes = compareReleases(entries, 'v5.3.13', 'v5.8.15').map(({ kind, entry }) => [entry, kind]);
    expect(changes).toEqual([
      ['rate-limit', 'reworded'],
      ['since-5.8', 'added'],
      ['retired', 'removed'],
      ['moved', 'status-changed'],
    ]);
  });
});

test('newestOfEachLine stands each line for its newest checked tag', () => {
  expect(newestOfEachLine(releases).map(({ tag }) => tag)).toEqual(['v4.0.16', 'v5.3.13', 'v5.8.15', 'v5.14.0', 'v5.15.0-rc7']);
});

test('a tag named by a hand-checked source location counts even where the extractor misses the pair', () => {
  const entry = entryReleases(
    { status: 403, message: 'Missed', wordings: [], source: [{ ref: 'v5.14.0' }, { ref: '31e219b' }] },
    releases,
    data,
  );
  expect(entry.message.tags).toEqual(['v5.14.0']);
  expect(retiredSince(entry.tags, releases)).toBeUndefined();
});
