/**
 * Every (status, message) the extractor finds in a listed release (content/gateway-source/) is
 * accounted for: an entry's message, one of its `wordings`, or a decision with a reason in
 * tests/fixtures/release-decisions.tsv. When a new release is extracted, the failure prints the
 * lines to write.
 */
import { describe, expect, test } from 'vitest';
import {
  cataloguedPairs,
  decisionKinds,
  decisionsFile,
  extractedPairs,
  listedReleases,
  readDecisions,
  unaccounted,
} from '../../scripts/gateway-source/accounting';
import { lineTolerance, measure } from '../../scripts/gateway-source/measure';
import { changedIn, describeTags, entryReleases, lineId, retiredSince, type EntryPairs } from '../../src/lib/releases';
import { readCatalogFiles } from './content-files';

const decisions = readDecisions();
const keyOf = (pair: { status: string; message: string }) => `${pair.status} ${pair.message}`;

describe('every pair of every listed release', () => {
  test('is an entry, a wording or a decision', () => {
    const lines = unaccounted().map(
      (pair) =>
        `${pair.status}\t${pair.message}\t<${decisionKinds.join(' | ')}>\t<reason>   (${pair.where}; ${pair.tags.join(' ')})`,
    );
    expect(lines, `Add an entry, a wording, or these lines to ${decisionsFile}:\n${lines.join('\n')}`).toEqual([]);
  });

  test('has no stale decision: none for a pair an entry now covers, none for a pair no release sends', () => {
    const covered = cataloguedPairs();
    const sent = new Set(extractedPairs().map(keyOf));
    const stale = decisions
      .filter((decision) => covered.has(keyOf(decision)) || !sent.has(keyOf(decision)))
      .map((decision) =>
        covered.has(keyOf(decision))
          ? `${keyOf(decision)}: now covered by ${covered.get(keyOf(decision))}; remove its line`
          : `${keyOf(decision)}: no listed release sends it; remove its line`,
      );
    expect(stale, `Stale lines in ${decisionsFile}:\n${stale.join('\n')}`).toEqual([]);
  });

  test('each decision is one of the kinds, with a reason, once', () => {
    const bad = decisions.filter(
      (decision) => !(decisionKinds as readonly string[]).includes(decision.decision) || decision.reason.trim().length < 20,
    );
    expect(bad.map(keyOf)).toEqual([]);
    expect(new Set(decisions.map(keyOf)).size).toBe(decisions.length);
  });
});

describe('the extractor against the hand-checked catalog at v5.14.0', () => {
  const result = measure('v5.14.0');
  test('finds most catalog source locations and mostly pairs the catalog knows', () => {
    console.log(
      `source:extract at v5.14.0: recall ${(result.recall * 100).toFixed(1)}% (${result.hits}/${result.locations} locations, ±${lineTolerance} lines), ` +
        `precision ${(result.precision * 100).toFixed(1)}% (${result.pairsOfEntries}/${result.pairs} pairs are an entry's message or wording)`,
    );
    // Floors at the measured values, so a change that loses ground fails here.
    expect(result.recall).toBeGreaterThanOrEqual(0.67);
    expect(result.precision).toBeGreaterThanOrEqual(0.74);
  });
});

describe('the real catalog across releases', () => {
  const releases = listedReleases();
  const pairs = extractedPairs();
  const pairsByTag = new Map(
    releases.map(({ tag }) => [tag, new Set(pairs.filter((pair) => pair.tags.includes(tag)).map(keyOf))]),
  );
  const entries = new Map(
    readCatalogFiles().map((file) => [file.id, { wordings: [], ...file.frontmatter } as unknown as EntryPairs]),
  );
  const releasesOf = (id: string) => entryReleases(entries.get(id)!, releases, pairsByTag);

  test.each([
    '400/paired-rest-api-is-a-classic-api-rest-as-mcp-sources-must-be',
    '400/paired-rest-api-is-not-loaded-create-it-first',
    '403/paired-rest-api-belongs-to-a-different-orgid',
    '409/api-is-referenced-by-paired-mcp-proxies',
    '403/mcp-loop-trust-descriptor-does-not-match-an-admitted-paired',
    '500/rest-as-mcp-adapter-is-not-initialized',
    '500/middleware-error-jsvm',
    '401/insufficient-claims',
  ])('%s comes out unreleased from the data', (id) => {
    expect(releasesOf(id).unreleased).toBe(true);
  });

  test('wordings the issue names change in the releases the source says, named by the line that changed them', () => {
    const rateLimit = releasesOf('429/rate-limit-exceeded');
    expect(rateLimit.wordings[0]!.tags.at(-1)).toBe('v5.3.13');
    expect(rateLimit.message.tags[0]).toBe('v5.4.0');
    expect(describeTags(rateLimit.wordings[0]!.tags, releases)).toBe('4.0 – 5.3 only');
    expect(changedIn(retiredSince(rateLimit.wordings[0]!.tags, releases)!, releases)).toBe('5.4');
    const baseClaim = releasesOf('403/found-an-empty-user-id-in-predefined-base-claim-claim');
    expect(baseClaim.message.tags[0]).toBe('v5.10.0');
    expect(describeTags(baseClaim.wordings[0]!.tags, releases)).toBe('4.0 – 5.9 only');
    expect(describeTags(releasesOf('404/this-api-version-does-not-seem-to-exist').tags, releases)).toBe('Since 4.1');
    expect(describeTags(releasesOf('401/access-to-this-api-has-been-disallowed').tags, releases)).toBe(
      'Sent by 5.8.15, 5.12 – 5.14',
    );
  });

  test('every line from the oldest to the newest is checked from its first release', () => {
    const released = releases.filter((release) => !release.unreleased);
    const firsts = new Set(released.filter(({ tag }) => /^v\d+\.\d+\.0$/.test(tag)).map(lineId));
    expect(released.map(lineId).filter((line) => !firsts.has(line))).toEqual([]);
    const minors = released.map((release) => lineId(release).split('.').map(Number));
    for (const [index, [major, minor]] of minors.entries()) {
      const [previousMajor, previousMinor] = minors[index - 1] ?? [major, minor];
      if (major === previousMajor)
        expect(minor! - previousMinor!, `a line missing before ${major}.${minor}`).toBeLessThanOrEqual(1);
    }
  });
});
