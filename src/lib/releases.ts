/**
 * Which checked releases send each entry's message and wordings, derived from the responses
 * extracted from the gateway's source (content/gateway-source/), never typed by hand; and how to say
 * it: "Sent by 4.0 – 5.14", "Since 5.4", "4.0 – 5.3 only", what changed when.
 * Pure: the build, the tests and the browser all use it.
 *
 * The checked releases are those people run plus the first release of every line in between
 * (boundaries), so a change shows up at the line that made it. A range names a line ("5.4") when
 * every checked release of that line agrees, and a tag ("5.8.15") when the change came inside a line.
 */

export interface Release {
  /** The tag as written in the release list, e.g. `v5.8.15`. */
  tag: string;
  /** The line readers name, e.g. `5.8 LTS`. */
  line: string;
  lts: boolean;
  /** A release candidate: not yet released. */
  unreleased: boolean;
  /** Checked only so that ranges start and end at the right line (a line's first release); not offered as a release people run. */
  boundary?: boolean | undefined;
}

export type Status = number | 'tls';

/** One (status, message) the gateway sends. */
export interface Pair {
  status: Status;
  message: string;
}

export const pairKey = (pair: Pair): string => `${pair.status} ${pair.message}`;

/** The tag without its `v`: `5.8.15`. */
export const versionOf = (tag: string): string => tag.replace(/^v/, '');

/** The line's id, used in URLs: `5.8` for `5.8 LTS`. */
export const lineId = (release: Release): string => release.line.replace(/\s.*$/, '');

export interface SentPair extends Pair {
  /** Tags that send it, in release order. */
  tags: string[];
  note?: string;
}

export interface EntryReleases {
  /** The entry's own message and status. */
  message: SentPair;
  /** Each of the entry's other wordings or statuses. */
  wordings: SentPair[];
  /** Every tag that sends the message or a wording, in release order. */
  tags: string[];
  /** Sent only by release candidates (or by nothing released yet). */
  unreleased: boolean;
}

export interface EntryPairs {
  status: Status;
  message: string;
  wordings: ReadonlyArray<{ status?: Status | undefined; message: string; note?: string | undefined }>;
  /** The `ref` of each hand-checked source location: a listed tag there sends the message, whatever the extractor finds. */
  source?: ReadonlyArray<{ ref: string }>;
}

/** For each release, the set of pair keys it sends. */
export type PairsByTag = ReadonlyMap<string, ReadonlySet<string>>;

export function entryReleases(entry: EntryPairs, releases: readonly Release[], pairsByTag: PairsByTag): EntryReleases {
  const sentBy = (pair: Pair) => releases.filter(({ tag }) => pairsByTag.get(tag)?.has(pairKey(pair))).map(({ tag }) => tag);
  const checkedAt = new Set((entry.source ?? []).map(({ ref }) => ref));
  const messageTags = new Set([...sentBy(entry), ...checkedAt]);
  const message = {
    status: entry.status,
    message: entry.message,
    tags: releases.map(({ tag }) => tag).filter((tag) => messageTags.has(tag)),
  };
  const wordings = entry.wordings.map((wording) => {
    const pair = { status: wording.status ?? entry.status, message: wording.message };
    return { ...pair, tags: sentBy(pair), ...(wording.note ? { note: wording.note } : {}) };
  });
  const all = new Set([...message.tags, ...wordings.flatMap((wording) => wording.tags)]);
  const tags = releases.filter(({ tag }) => all.has(tag)).map(({ tag }) => tag);
  const unreleased = tags.length > 0 && tags.every((tag) => releases.find((release) => release.tag === tag)?.unreleased);
  return { message, wordings, tags, unreleased };
}

/** Consecutive runs of checked releases, e.g. [[4.0.0 … 5.3.13], [5.10.0 … 5.14.0]]. */
function runsOf(tags: readonly string[], releases: readonly Release[]): Release[][] {
  const runs: Release[][] = [];
  let current: Release[] = [];
  for (const release of releases) {
    if (tags.includes(release.tag)) current.push(release);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

const released = (releases: readonly Release[]) => releases.filter((release) => !release.unreleased);

/** The first checked release of its line: what it sends, the whole line sends from its start. */
function opensLine(release: Release, releases: readonly Release[]): boolean {
  const before = releases[releases.indexOf(release) - 1];
  return before === undefined || lineId(before) !== lineId(release);
}

/** The last checked (released) release of its line. */
function closesLine(release: Release, releases: readonly Release[]): boolean {
  const after = releases[releases.indexOf(release) + 1];
  return after === undefined || lineId(after) !== lineId(release);
}

/** "4.0 – 5.3" when the run covers whole lines, "5.8.15 – 5.14" or "5.8.0" when it starts or ends inside one. */
function span(run: readonly Release[], releases: readonly Release[]): string {
  const first = run[0]!;
  const last = run.at(-1)!;
  const whole = opensLine(first, releases) && closesLine(last, releases);
  if (lineId(first) === lineId(last) && !whole)
    return first === last ? versionOf(first.tag) : `${versionOf(first.tag)} – ${versionOf(last.tag)}`;
  const start = opensLine(first, releases) ? lineId(first) : versionOf(first.tag);
  const end = closesLine(last, releases) ? lineId(last) : versionOf(last.tag);
  return start === end ? start : `${start} – ${end}`;
}

/**
 * One line on which released versions send it: "Sent by 4.0 – 5.14", "Since 5.4", "4.0 – 5.3 only",
 * "Sent by 4.0 – 5.3, 5.8.15", "Unreleased: only in 5.15.0-rc7"; undefined when no checked release does.
 */
export function describeTags(tags: readonly string[], releases: readonly Release[]): string | undefined {
  if (tags.length === 0) return undefined;
  const checked = released(releases);
  const releasedTags = tags.filter((tag) => checked.some((release) => release.tag === tag));
  if (releasedTags.length === 0) return `Unreleased: only in ${tags.map(versionOf).join(', ')}`;
  const runs = runsOf(releasedTags, checked);
  const reachesNewest = runs.at(-1)!.at(-1)!.tag === checked.at(-1)!.tag;
  const fromOldest = runs[0]![0]!.tag === checked[0]!.tag;
  if (runs.length === 1 && reachesNewest)
    return fromOldest ? `Sent by ${span(runs[0]!, checked)}` : `Since ${changedIn(runs[0]![0]!, releases)}`;
  if (runs.length === 1) return `${span(runs[0]!, checked)} only`;
  return `Sent by ${runs.map((run) => span(run, checked)).join(', ')}`;
}

/**
 * How to name the checked release where something changed: its line ("5.4") when it is the line's
 * first checked release, so the whole line differs from the one before; else its tag ("5.8.15"),
 * as the change came somewhere inside the line, after the checked release before it.
 */
export function changedIn(release: Release, releases: readonly Release[]): string {
  if (release.unreleased) return versionOf(release.tag);
  return opensLine(release, released(releases)) ? lineId(release) : versionOf(release.tag);
}

/** Where an older wording gave way to the current one, for "Sent by Tyk {until} and earlier; {since} and later send …". */
export interface WordingChange {
  until: string;
  since: string;
}

/**
 * Names the change from an older wording (sent by `oldTags`) to the current one (`currentTags`): by lines
 * ("5.3", "5.4") when it came with a line, else by the checked releases on either side ("5.8.0", "5.8.15").
 * Undefined when no checked release after the older wording's last one sends the current one.
 */
export function wordingChange(
  oldTags: readonly string[],
  currentTags: readonly string[],
  releases: readonly Release[],
): WordingChange | undefined {
  const lastOld = releases.findLast((release) => oldTags.includes(release.tag));
  const firstNew = lastOld && releases.slice(releases.indexOf(lastOld) + 1).find((release) => currentTags.includes(release.tag));
  if (!lastOld || !firstNew) return undefined;
  const since = changedIn(firstNew, releases);
  const byLine = since === lineId(firstNew) && lineId(lastOld) !== since;
  return { until: byLine ? lineId(lastOld) : versionOf(lastOld.tag), since };
}

/** The first checked release after the last one that sends it, when a later checked release no longer does. */
export function retiredSince(tags: readonly string[], releases: readonly Release[]): Release | undefined {
  const checked = released(releases);
  const lastIndex = checked.findLastIndex((release) => tags.includes(release.tag));
  return lastIndex >= 0 && lastIndex < checked.length - 1 ? checked[lastIndex + 1] : undefined;
}

export interface HistoryStep {
  /** The first checked release where this changed. */
  release: Release;
  /** Where it changed: a line ("5.4"), or inside a line "between 5.8.0 and 5.8.15" (the patch is unknown). */
  when: string;
  /** Pairs this release sends that the checked release before it did not. */
  added: Pair[];
  /** Pairs the checked release before sent that this one does not. */
  removed: Pair[];
}

/** The wording and status changes across the checked releases, oldest first. */
export function historyOf(entry: EntryReleases, releases: readonly Release[]): HistoryStep[] {
  const variants = [entry.message, ...entry.wordings];
  const steps: HistoryStep[] = [];
  for (const [index, release] of releases.entries()) {
    if (index === 0) continue;
    const before = releases[index - 1]!.tag;
    const added = variants.filter((variant) => variant.tags.includes(release.tag) && !variant.tags.includes(before));
    const removed = variants.filter((variant) => !variant.tags.includes(release.tag) && variant.tags.includes(before));
    if (added.length === 0 && removed.length === 0) continue;
    const insideLine = !release.unreleased && !opensLine(release, released(releases));
    const when = insideLine ? `between ${versionOf(before)} and ${versionOf(release.tag)}` : changedIn(release, releases);
    steps.push({ release, when, added: added.map(toPair), removed: removed.map(toPair) });
  }
  return steps;
}

const toPair = ({ status, message }: Pair): Pair => ({ status, message });

/** Where, between two checked releases (after `from`, up to `to`), the entry's wording or status changed: ["5.4"]. */
export function changedBetween(entry: EntryReleases, releases: readonly Release[], from: string, to: string): string[] {
  const index = (tag: string) => releases.findIndex((release) => release.tag === tag);
  return historyOf(entry, releases)
    .filter(({ release }) => index(release.tag) > index(from) && index(release.tag) <= index(to))
    .map(({ when }) => when);
}

/** The releases people run: what the release picker and the comparison pages offer (boundaries left out). */
export const releasesPeopleRun = (releases: readonly Release[]): Release[] => releases.filter((release) => !release.boundary);

/** The newest tag people run of each line: what "5.8 LTS" means when a reader picks it. */
export function newestOfEachLine(releases: readonly Release[]): Release[] {
  const byLine = new Map<string, Release>();
  for (const release of releasesPeopleRun(releases)) byLine.set(release.line, release);
  return [...byLine.values()];
}

export type ChangeKind = 'added' | 'removed' | 'reworded' | 'status-changed';

export interface Change<T> {
  kind: ChangeKind;
  entry: T;
  before: Pair[];
  after: Pair[];
}

/** What changed for each entry between two releases: added, removed, reworded, or its status changed. */
export function compareReleases<T>(
  entries: ReadonlyArray<{ entry: T; releases: EntryReleases }>,
  from: string,
  to: string,
): Array<Change<T>> {
  const changes: Array<Change<T>> = [];
  for (const { entry, releases } of entries) {
    const variants = [releases.message, ...releases.wordings];
    const before = variants.filter((variant) => variant.tags.includes(from)).map(toPair);
    const after = variants.filter((variant) => variant.tags.includes(to)).map(toPair);
    const keys = (pairs: Pair[]) => pairs.map(pairKey).sort().join('\n');
    if (keys(before) === keys(after)) continue;
    const messages = (pairs: Pair[]) => [...new Set(pairs.map((pair) => pair.message))].sort().join('\n');
    const kind: ChangeKind =
      before.length === 0
        ? 'added'
        : after.length === 0
          ? 'removed'
          : messages(before) === messages(after)
            ? 'status-changed'
            : 'reworded';
    changes.push({ kind, entry, before, after });
  }
  return changes;
}
