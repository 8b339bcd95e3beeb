/** The releases each entry is sent by, and how the site says it: pure functions over extracted data. */
import { describe, expect, test } from 'vitest';
import {
  changedBetween,
  changedIn,
  compareReleases,
  describeTags,
  entryReleases,
  historyOf,
  newestOfEachLine,
  pairKey,
  releasesPeopleRun,
  retiredSince,
  wordingChange,
  type Release,
} from '../../src/lib/releases';

const release = (tag: string, line: string, { unreleased = false, boundary = false } = {}): Release => ({
  tag,
  line,
  lts: line.endsWith('LTS'),
  unreleased,
  boundary,
});
const boundary = { boundary: true };
/** The releases people run, and the first release of each line between them (boundaries). */
const releases = [
  release('v4.0.0', '4.0 LTS', boundary),
  release('v4.0.16', '4.0 LTS'),
  release('v5.3.0', '5.3 LTS', boundary),
  release('v5.3.13', '5.3 LTS'),
  release('v5.4.0', '5.4', boundary),
  release('v5.8.0', '5.8 LTS'),
  release('v5.8.15', '5.8 LTS'),
  release('v5.9.0', '5.9', boundary),
  release('v5.14.0', '5.14'),
  release('v5.15.0-rc7', '5.15', { unreleased: true }),
];
const byTag = (tag: string) => releases.find((candidate) => candidate.tag === tag)!;
const sends = (tags: string[], ...pairs: Array<[number, string]>) =>
  new Map(tags.map((tag) => [tag, new Set(pairs.map(([status, message]) => pairKey({ status, message })))]));
const merge = (...maps: Array<Map<string, Set<string>>>) => {
  const all = new Map<string, Set<string>>();
  for (const map of maps) for (const [tag, pairs] of map) all.set(tag, new Set([...(all.get(tag) ?? []), ...pairs]));
  return all;
};

const rateLimit = { status: 429, message: 'Rate Limit Exceeded', wordings: [{ message: 'Rate limit exceeded' }] };
const data = merge(
  sends(['v4.0.0', 'v4.0.16', 'v5.3.0', 'v5.3.13'], [429, 'Rate limit exceeded'], [400, 'Until 5.3']),
  sends(['v5.4.0', 'v5.8.0', 'v5.8.15', 'v5.9.0', 'v5.14.0', 'v5.15.0-rc7'], [429, 'Rate Limit Exceeded'], [404, 'Since 5.4']),
  sends(['v5.15.0-rc7'], [500, 'Only in the candidate']),
  sends(
    releases.map(({ tag }) => tag),
    [403, 'Everywhere'],
  ),
  sends(['v5.8.15', 'v5.9.0', 'v5.14.0'], [401, 'Since a 5.8 patch']),
  sends(['v5.8.15', 'v5.14.0', 'v5.15.0-rc7'], [401, 'Backported']),
  sends(['v4.0.0', 'v4.0.16', 'v5.3.0', 'v5.3.13', 'v5.4.0', 'v5.8.0'], [400, 'Until 5.8.0']),
  sends(['v5.3.0', 'v5.3.13'], [400, 'One line']),
  sends(['v4.0.16'], [400, 'One patch']),
);
const of = (status: number, message: string) => entryReleases({ status, message, wordings: [] }, releases, data);
const label = (status: number, message: string) => describeTags(of(status, message).tags, releases);

describe('entryReleases and describeTags name lines where every checked release of the line agrees', () => {
  test('an entry sent by every checked release', () => {
    expect(label(403, 'Everywhere')).toBe('Sent by 4.0 – 5.14');
  });
  test('an entry first sent by a line: "Since 5.4", not the next release people run', () => {
    expect(label(404, 'Since 5.4')).toBe('Since 5.4');
  });
  test('a change inside a line names the first checked patch that has it', () => {
    expect(label(401, 'Since a 5.8 patch')).toBe('Since 5.8.15');
    expect(label(401, 'Backported')).toBe('Sent by 5.8.15, 5.14');
    expect(label(400, 'Until 5.8.0')).toBe('4.0 – 5.8.0 only');
    expect(label(400, 'One patch')).toBe('4.0.16 only');
  });
  test('a retired entry: whole lines and "only", and the line that no longer sends it', () => {
    const retired = of(400, 'Until 5.3');
    expect(describeTags(retired.tags, releases)).toBe('4.0 – 5.3 only');
    expect(label(400, 'One line')).toBe('5.3 only');
    expect(retiredSince(retired.tags, releases)?.tag).toBe('v5.4.0');
    expect(changedIn(retiredSince(retired.tags, releases)!, releases)).toBe('5.4');
  });
  test('a release that changed inside its line is named by its tag; a release candidate always is', () => {
    expect(changedIn(byTag('v5.8.15'), releases)).toBe('5.8.15');
    expect(changedIn(byTag('v5.8.0'), releases)).toBe('5.8');
    expect(changedIn(byTag('v5.15.0-rc7'), releases)).toBe('5.15.0-rc7');
    expect(changedIn(retiredSince(of(400, 'Until 5.8.0').tags, releases)!, releases)).toBe('5.8.15');
  });
  test('an older wording gives way by lines when the change came with a line, else between checked releases', () => {
    const current = ['v5.4.0', 'v5.8.0', 'v5.8.15', 'v5.9.0', 'v5.14.0'];
    expect(wordingChange(['v4.0.0', 'v4.0.16', 'v5.3.0', 'v5.3.13'], current, releases)).toEqual({ until: '5.3', since: '5.4' });
    expect(wordingChange(['v4.0.0'], ['v4.0.16', 'v5.14.0'], releases)).toEqual({ until: '4.0.0', since: '4.0.16' });
    expect(wordingChange(['v5.8.0'], ['v5.8.15', 'v5.14.0'], releases)).toEqual({ until: '5.8.0', since: '5.8.15' });
    expect(wordingChange(['v5.14.0'], ['v5.15.0-rc7'], releases)).toEqual({ until: '5.14.0', since: '5.15.0-rc7' });
    // The current wording is not sent after the older one's last release: nothing to name.
    expect(wordingChange(['v5.14.0'], ['v4.0.16'], releases)).toBeUndefined();
    expect(wordingChange([], current, releases)).toBeUndefined();
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
    expect(entry.message.tags).toEqual(['v5.4.0', 'v5.8.0', 'v5.8.15', 'v5.9.0', 'v5.14.0', 'v5.15.0-rc7']);
    expect(entry.wordings[0]).toMatchObject({
      status: 429,
      message: 'Rate limit exceeded',
      tags: ['v4.0.0', 'v4.0.16', 'v5.3.0', 'v5.3.13'],
    });
    expect(describeTags(entry.wordings[0]!.tags, releases)).toBe('4.0 – 5.3 only');
    expect(describeTags(entry.tags, releases)).toBe('Sent by 4.0 – 5.14');
    expect(entry.unreleased).toBe(false);
  });
});

describe('historyOf', () => {
  test('names the line where the wording changed, not the next release people run', () => {
    const steps = historyOf(entryReleases(rateLimit, releases, data), releases);
    expect(steps).toEqual([
      {
        release: byTag('v5.4.0'),
        when: '5.4',
        added: [{ status: 429, message: 'Rate Limit Exceeded' }],
        removed: [{ status: 429, message: 'Rate limit exceeded' }],
      },
    ]);
  });
  test('a change inside a line is dated by the checked patches around it', () => {
    const steps = historyOf(of(401, 'Backported'), releases);
    expect(steps.map(({ when, added, removed }) => [when, added.length, removed.length])).toEqual([
      ['between 5.8.0 and 5.8.15', 1, 0],
      ['5.9', 0, 1],
      ['5.14', 1, 0],
    ]);
  });
});

describe('compareReleases', () => {
  const entries = [
    { entry: 'rate-limit', releases: entryReleases(rateLimit, releases, data) },
    { entry: 'since-5.4', releases: of(404, 'Since 5.4') },
    { entry: 'retired', releases: of(400, 'Until 5.3') },
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
      ['since-5.4', 'added'],
      ['retired', 'removed'],
      ['moved', 'status-changed'],
    ]);
  });
});

test('newestOfEachLine stands each line for its newest release people run, leaving boundaries out', () => {
  expect(newestOfEachLine(releases).map(({ tag }) => tag)).toEqual(['v4.0.16', 'v5.3.13', 'v5.8.15', 'v5.14.0', 'v5.15.0-rc7']);
  expect(releasesPeopleRun(releases).map(({ tag }) => tag)).toEqual([
    'v4.0.16',
    'v5.3.13',
    'v5.8.0',
    'v5.8.15',
    'v5.14.0',
    'v5.15.0-rc7',
  ]);
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

test('changedBetween names where, between two releases people run, an entry changed', () => {
  const entry = entryReleases(rateLimit, releases, data);
  expect(changedBetween(entry, releases, 'v5.3.13', 'v5.8.15')).toEqual(['5.4']);
  expect(changedBetween(entry, releases, 'v5.8.15', 'v5.14.0')).toEqual([]);
  expect(changedBetween(of(401, 'Backported'), releases, 'v5.8.0', 'v5.14.0')).toEqual([
    'between 5.8.0 and 5.8.15',
    '5.9',
    '5.14',
  ]);
});
