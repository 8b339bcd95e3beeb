/**
 * The gateway's operator-facing facts at every release the project lists (content/gateway-source/),
 * joined to the catalog: which entries each flag leads to, and for each entry the releases that
 * write its log lines and attach its flags. Read once per build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  describeRange,
  isSameLog,
  releaseRange,
  releaseTables,
  type FlagDefinition,
  type ListedLog,
  type ReleaseTables,
} from '../lib/operator-source';
import { allErrors, type ErrorEntry } from './catalog';
import { releases as listedReleases } from './releases';

const sourceDir = 'content/gateway-source';

/** The tables of every listed release (releases.yaml, oldest first) that has operator tables. */
function readReleases(): ReleaseTables[] {
  return listedReleases
    .map(({ tag }) => tag)
    .filter((tag) => existsSync(join(sourceDir, tag, 'logs.tsv')))
    .map((tag) => {
      const dir = join(sourceDir, tag);
      const files = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
      return releaseTables(tag, files);
    });
}

export const releases: ReleaseTables[] = readReleases();
const newestStable = releases.filter(({ tag }) => !tag.includes('-')).at(-1)!;
const newest = releases.at(-1)!.tag;

/** The flags of the newest stable release, in the order classification.go declares them. */
export const flagDefinitions: FlagDefinition[] = newestStable.flags;

export function releasesWithFlag(code: string): string {
  const range = releaseRange(releases, (tables) => tables.flags.some((flag) => flag.code === code));
  return range ? describeRange(range, newest) : 'no listed release';
}

/** The releases whose classifier writes this flag with these details (or the flag at all, without details). */
export function releasesWithClassification(code: string, details: string | undefined): string {
  const range = releaseRange(releases, (tables) =>
    tables.classifications.some((row) => row.flag === code && (details === undefined || row.details === details)),
  );
  return range ? describeRange(range, newest) : 'no listed release';
}

export function releasesWithLog(log: ListedLog): string {
  const range = releaseRange(releases, (tables) => tables.logs.some((row) => isSameLog(row, log)));
  return range ? describeRange(range, newest) : 'no listed release';
}

export function releasesWithErrorId(id: string): string {
  const range = releaseRange(releases, (tables) => tables.errorIds.some((row) => row.id === id));
  return range ? describeRange(range, newest) : 'no listed release';
}

/** The first listed release whose Error Overrides rules can match on `flag`, and the JSON keys a rule has there. */
export const errorOverridesSupport = (() => {
  const range = releaseRange(releases, (tables) => tables.overrideFields.some((field) => field.json === 'flag'));
  const tables = releases.find(({ tag }) => tag === newestStable.tag)!;
  return range && { first: range.first, shapeTag: tables.tag, fields: tables.overrideFields };
})();

/** The classifier rows of the newest stable release for one flag: its details values and what selects them. */
export function classificationsOf(code: string) {
  return newestStable.classifications.filter((row) => row.flag === code);
}

/** The error IDs (override_messages keys) a flag's details stand for, e.g. AKI auth_cert_not_found → auth.cert_not_found. */
export function errorIdForDetails(details: string | undefined): string | undefined {
  if (!details) return undefined;
  const ids = new Set(newestStable.errorIds.map((row) => row.id));
  return newestStable.classifications
    .map((row) => row.selector)
    .find((selector, index) => ids.has(selector) && newestStable.classifications[index]!.details === details);
}

/** Every entry a flag leads to, in catalog order. */
export function entriesWithFlag(code: string): ErrorEntry[] {
  return allErrors.filter((entry) => entry.data.flags.some((flag) => flag.code === code));
}

/** The statuses of the entries a flag leads to, e.g. `403, 401`. */
export function typicalStatuses(code: string): string {
  const statuses = [...new Set(entriesWithFlag(code).map((entry) => String(entry.data.status)))];
  return statuses.join(', ');
}

/** Why a flag leads to no entry (content/flag-notes.yaml), keyed by code. */
export const flagNotes: Record<string, string> = parse(readFileSync('content/flag-notes.yaml', 'utf8')) ?? {};
