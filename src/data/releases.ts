/**
 * The release list and, for every entry, the checked releases that send its message and wordings,
 * read from the extracted gateway source (content/gateway-source/) at build time.
 */
import { parse } from 'yaml';
import {
  changedBetween,
  changedIn,
  compareReleases,
  describeTags,
  entryReleases,
  lineId,
  newestOfEachLine,
  pairKey,
  releasesPeopleRun,
  retiredSince,
  versionOf,
  type Change,
  type EntryReleases,
  type Release,
} from '../lib/releases';
import type { FilterOption } from '../lib/search-filters';
import { parseTsv } from '../lib/tsv';
import { allErrors, type ErrorEntry } from './catalog';
import releasesYaml from '../../content/gateway-source/releases.yaml?raw';

const responseTables = import.meta.glob<string>('../../content/gateway-source/*/responses.tsv', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const releases: Release[] = parse(releasesYaml) as Release[];

function pairsOf(tag: string): Set<string> {
  const table = responseTables[`../../content/gateway-source/${tag}/responses.tsv`];
  if (table === undefined) {
    throw new Error(
      `content/gateway-source/releases.yaml lists ${tag}, but content/gateway-source/${tag}/responses.tsv is missing. Run npm run source:extract -- <tyk repo> ${tag}.`,
    );
  }
  return new Set(parseTsv(table).map((row) => pairKey({ status: Number(row['status']), message: row['message'] ?? '' })));
}

const pairsByTag = new Map(releases.map(({ tag }) => [tag, pairsOf(tag)]));

const byEntry = new Map(allErrors.map((entry) => [entry.id, entryReleases(entry.data, releases, pairsByTag)]));

export function releasesOf(entry: ErrorEntry): EntryReleases {
  return byEntry.get(entry.id)!;
}

/** The lines a reader can pick ("5.8 LTS"), each standing for its newest release people run. */
export const releaseLines = newestOfEachLine(releases);

/** The line ids (`5.8`) whose releases people run send the entry (boundaries only sharpen ranges). */
export function linesOf(entry: ErrorEntry): string[] {
  const tags = releasesOf(entry).tags;
  return [
    ...new Set(
      releasesPeopleRun(releases)
        .filter((release) => tags.includes(release.tag))
        .map(lineId),
    ),
  ];
}

export interface Comparison {
  from: Release;
  to: Release;
  /** The URL segment, e.g. `5.3-to-5.8`. */
  slug: string;
  /** Each change with the lines (or, inside a line, the tags) between the two releases where it happened: ["5.4"]. */
  changes: Array<Change<ErrorEntry> & { when: string[] }>;
}

/** One comparison per pair of adjacent lines, newest tag of each. */
export const comparisons: Comparison[] = releaseLines.slice(1).map((to, index) => {
  const from = releaseLines[index]!;
  return {
    from,
    to,
    slug: `${lineId(from)}-to-${lineId(to)}`,
    changes: compareReleases(
      allErrors.map((entry) => ({ entry, releases: releasesOf(entry) })),
      from.tag,
      to.tag,
    ).map((change) => ({ ...change, when: changedBetween(releasesOf(change.entry), releases, from.tag, to.tag) })),
  };
});

export const releaseName = (release: Release) => `${release.line} (${versionOf(release.tag)})`;

/** The "My gateway" search filter: one option per line, counting the entries its checked releases send. */
export const releaseFilterOptions: FilterOption[] = releaseLines.map((release) => ({
  value: lineId(release),
  label: `${release.line}${release.unreleased ? ' (unreleased)' : ''}`,
  count: allErrors.filter((entry) => linesOf(entry).includes(lineId(release))).length,
}));

/** What the site says about an entry's releases, in lists, search results and on its page. */
export interface ReleaseSummary {
  /** "Sent by 4.0 – 5.14", or undefined when no checked release sends it as extracted. */
  label: string | undefined;
  unreleased: boolean;
  /** The first checked release that no longer sends it, when it was retired. */
  retiredSince: Release | undefined;
  /** That release as a reader names it: its line ("5.4"), or its tag for a change inside a line. */
  retiredIn: string | undefined;
}

export function releaseSummary(entry: ErrorEntry): ReleaseSummary {
  const sent = releasesOf(entry);
  const retired = retiredSince(sent.tags, releases);
  return {
    label: describeTags(sent.tags, releases),
    unreleased: sent.unreleased,
    retiredSince: retired,
    retiredIn: retired && changedIn(retired, releases),
  };
}
