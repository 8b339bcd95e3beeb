/**
 * Matching by containment: a wording matches when its literal parts appear in order anywhere in the
 * paste's normalised text, format verbs standing for any filled-in value. Linear: one `indexOf` per
 * literal part (V8 skips through the text); no regular expression ever sees the paste and a wording.
 */
import { formatVerb, findParts } from '../message';
import { normalise, wordsOf } from './normalise';
import { reasonPhrases, type PasteReading } from './reader';
import type { WordingChange } from '../releases';
import type { Likelihood, SearchTableEntry, WordingForm, WordingKind } from './table';

export interface PreparedWording {
  entry: SearchTableEntry;
  /** Position in the table, for stable ordering. */
  order: number;
  kind: WordingKind;
  /** As written, format verbs kept. */
  original: string;
  normal: string;
  parts: string[];
  /** Literal letters and digits, plus one per format verb: how much of a paste the wording explains. */
  coverage: number;
  /**
   * Too short or generic to stand inside other text (`null`, `Forbidden`, `not found`): matches only
   * as a whole message or line, never as a word in a sentence or a `"Meta":null`.
   */
  weak: boolean;
  status: number | 'tls';
  level?: string;
  /** An older wording: the releases named where it gave way to the entry's message. */
  change?: WordingChange;
  /** A flag's details (`dns_not_found`). */
  details?: string;
  /** A flag's error texts, normalised: a logged error holding one names this entry's cause. */
  errors?: string[];
}

export interface PreparedTable {
  entries: readonly SearchTableEntry[];
  wordings: PreparedWording[];
  /** Access-log flags, by code. */
  flags: Map<string, PreparedWording[]>;
  /** Each entry's flags, by its path. */
  entryFlags: Map<string, PreparedWording[]>;
}

/** At least this many letters and digits, or a wording says too little to be found inside text. */
const minimumLiteral = 4;
/** Wordings with fewer letters and digits than this, one word, or a reason phrase match whole messages only. */
const weakBelowChars = 9;
const genericWordings = new Set(reasonPhrases.map(normalise));

const alnumCount = (text: string) => text.replace(/[^a-z0-9]/g, '').length;
const isWordChar = (char: string | undefined) => char !== undefined && /[a-z0-9_]/.test(char);

/** A wording's literal parts, split at its format verbs: a filled-in value may swallow the space or punctuation beside its verb. */
function partsOf(normal: string): string[] {
  if (!normal.includes('%')) return [normal];
  return normal.split(formatVerb).map((part, index, all) => {
    const trimmedStart = index > 0 ? part.trimStart() : part;
    return index < all.length - 1 ? trimmedStart.trimEnd() : trimmedStart;
  });
}

/** What matching needs from a wording's text alone; `null` when it says too little to be found inside text. */
export function wordingForm(text: string, kind: WordingKind): Required<WordingForm> | null {
  const normal = normalise(text);
  const parts = partsOf(normal);
  const literal = parts.reduce((sum, part) => sum + alnumCount(part), 0);
  if (kind !== 'flag' && literal < minimumLiteral) return null;
  // A filled-in value explains more of the paste than the bare words before it (`Key not authorized`).
  const coverage = literal + parts.length - 1;
  // One word and a value (`Error: %s`) is how any program reports anything: no claim about Tyk.
  const literalWords = wordsOf(parts.join(' ')).length;
  const weak =
    (parts.length === 1 && (coverage < weakBelowChars || genericWordings.has(normal))) || (kind !== 'flag' && literalWords < 2);
  return { normal, coverage, weak };
}

/** A wording's form as the table carries it: its normal form only where that is not simply the text in lower case. */
function publishedForm(text: string, kind: WordingKind): WordingForm | null {
  const form = wordingForm(text, kind);
  if (!form || form.normal !== text.toLowerCase()) return form;
  const { normal: _lowerCased, ...rest } = form;
  return rest;
}

/** The table as the build publishes it: every wording with its form, so the browser does no normalising. */
export function withWordingForms(entries: readonly SearchTableEntry[]): SearchTableEntry[] {
  return entries.map((entry) => ({
    ...entry,
    form: publishedForm(entry.message, 'message'),
    ...(entry.also
      ? { also: entry.also.map((wording) => ({ ...wording, form: publishedForm(wording.text, wording.kind) })) }
      : {}),
  }));
}

function prepareWording(
  entry: SearchTableEntry,
  order: number,
  kind: WordingKind,
  text: string,
  carried: WordingForm | null | undefined,
  extra: {
    status?: number | 'tls' | undefined;
    level?: string | undefined;
    change?: WordingChange | undefined;
    details?: string | undefined;
    errors?: string[] | undefined;
  },
): PreparedWording | undefined {
  const form = carried === undefined ? wordingForm(text, kind) : carried;
  if (!form) return undefined;
  const normal = form.normal ?? text.toLowerCase();
  return {
    entry,
    order,
    kind,
    original: text,
    normal,
    parts: partsOf(normal),
    coverage: form.coverage,
    weak: form.weak,
    status: extra.status ?? entry.status,
    ...(extra.level ? { level: extra.level } : {}),
    ...(extra.change ? { change: extra.change } : {}),
    ...(extra.details ? { details: extra.details } : {}),
    ...(extra.errors?.length ? { errors: extra.errors.map(normalise) } : {}),
  };
}

/** Prepares the loaded table once: each wording's form (carried by the table, or worked out), literal parts. */
export function prepareTable(entries: readonly SearchTableEntry[]): PreparedTable {
  const wordings: PreparedWording[] = [];
  const flags = new Map<string, PreparedWording[]>();
  const entryFlags = new Map<string, PreparedWording[]>();
  entries.forEach((entry, order) => {
    const message = prepareWording(entry, order, 'message', entry.message, entry.form, {});
    if (message) wordings.push(message);
    for (const wording of entry.also ?? []) {
      const prepared = prepareWording(entry, order, wording.kind, wording.text, wording.form, wording);
      if (!prepared) continue;
      if (wording.kind === 'flag') {
        flags.set(wording.text, [...(flags.get(wording.text) ?? []), prepared]);
        entryFlags.set(entry.path, [...(entryFlags.get(entry.path) ?? []), prepared]);
      } else wordings.push(prepared);
    }
  });
  return { entries, wordings, flags, entryFlags };
}

export interface WordingMatch {
  wording: PreparedWording;
  /** Where it was found in the normalised text (`[start, end)`); flags have none. */
  span?: [number, number];
  /** The paste's status equals the wording's. */
  statusAgrees: boolean;
  /** The paste has the wording in its own spelling (`authorised` vs `authorized`), and in its own case. */
  sameSpelling: boolean;
  sameCase: boolean;
  /**
   * The paste names this entry's cause: the access log's `response_code_details` equal the flag's,
   * or a logged error holds a text the classifier reads as one of the entry's flags.
   */
  detailAgrees: boolean;
  /** For a flag: the share of the entry's flags that are this one (1 for an entry that exists for it). */
  flagShare: number;
}

/** Occurrences skipped for landing inside a word, before giving up (keeps adversarial text linear). */
const maxBoundaryRetries = 64;

const hasWordChar = (text: string, from: number, to: number) => /[a-z0-9]/.test(text.slice(from, Math.min(to, from + 256)));

/**
 * A leading or trailing verb's value runs to the start or end of its line or quote, and holds a word:
 * `Key not authorised"}` does not fill `Key not authorized: %s` with a closing quote.
 */
function withValues(text: string, parts: readonly string[], [start, end]: [number, number]): [number, number] | undefined {
  const stops = ['\n', '"'];
  if (parts[0] === '') {
    const literalStart = start + 1;
    start = Math.max(...stops.map((stop) => text.lastIndexOf(stop, start)), -1) + 1;
    if (!hasWordChar(text, start, literalStart)) return undefined;
  }
  if (parts.length > 1 && parts.at(-1) === '') {
    const literalEnd = end - 1;
    const ends = stops.map((stop) => text.indexOf(stop, literalEnd)).filter((index) => index !== -1);
    end = ends.length ? Math.min(...ends) : text.length;
    if (!hasWordChar(text, literalEnd, end)) return undefined;
  }
  return [start, end];
}

function findWording(text: string, wording: PreparedWording, from = 0): [number, number] | undefined {
  let position = from;
  for (let attempt = 0; attempt < maxBoundaryRetries; attempt++) {
    const span = findParts(text, wording.parts, position);
    if (!span) return undefined;
    const [start, end] = span;
    const startsInWord = isWordChar(wording.parts[0]![0]) && isWordChar(text[start - 1]);
    const endsInWord = isWordChar(wording.parts.at(-1)!.at(-1)) && isWordChar(text[end]);
    const filled = startsInWord || endsInWord ? undefined : withValues(text, wording.parts, span);
    if (filled) return filled;
    position = start + 1;
  }
  return undefined;
}

const likelihoodRank: Record<Likelihood, number> = { common: 0, uncommon: 1, rare: 2 };
const kindRank: Record<WordingKind, number> = { message: 0, wording: 1, log: 2, flag: 3, documented: 4 };

/**
 * Orders matches: a match whose cause the paste names first (access-log details, or a logged error
 * the classifier reads as the entry's flag); then the most specific wording (most literal characters); within it, the status
 * the paste gives; the paste's spelling and case (`Rate limit exceeded` is an older release's, not
 * today's `Rate Limit Exceeded`); the gateway's current message over older, logged and documented
 * wordings; and last, with no status to go by, how likely users are to get each
 * entry (its `likelihood`: a current middleware above a deprecated one or a plugin's fallback).
 */
export function compareMatches(a: WordingMatch, b: WordingMatch): number {
  return (
    Number(b.detailAgrees) - Number(a.detailAgrees) ||
    b.wording.coverage - a.wording.coverage ||
    Number(b.statusAgrees) - Number(a.statusAgrees) ||
    b.flagShare - a.flagShare ||
    Number(b.sameSpelling) - Number(a.sameSpelling) ||
    Number(b.sameCase) - Number(a.sameCase) ||
    kindRank[a.wording.kind] - kindRank[b.wording.kind] ||
    likelihoodRank[a.wording.entry.likelihood ?? 'uncommon'] - likelihoodRank[b.wording.entry.likelihood ?? 'uncommon'] ||
    a.wording.order - b.wording.order
  );
}

const contains = (outer: WordingMatch, inner: WordingMatch) =>
  outer.span !== undefined &&
  inner.span !== undefined &&
  outer.wording.coverage > inner.wording.coverage &&
  outer.span[0] <= inner.span[0] &&
  inner.span[1] <= outer.span[1];

/**
 * The entries an access-log flag leads to, one match per entry. With `response_code_details` in the
 * paste, the entries listing those details are the answer; without, every entry with the flag is,
 * those that exist for it (the flag is all or most of theirs) before catch-alls that list it among many.
 */
function flagMatches(
  code: string,
  reading: PasteReading,
  table: PreparedTable,
  describe: (wording: PreparedWording) => WordingMatch,
): WordingMatch[] {
  const candidates = table.flags.get(code) ?? [];
  const detailed = candidates.filter((wording) => wording.details && reading.details.includes(wording.details));
  const matches: WordingMatch[] = [];
  for (const wording of detailed.length ? detailed : candidates) {
    if (matches.some((match) => match.wording.entry.path === wording.entry.path)) continue;
    const own = table.entryFlags.get(wording.entry.path) ?? [];
    matches.push({
      ...describe(wording),
      detailAgrees: detailed.length > 0,
      flagShare: own.filter((flag) => flag.normal === wording.normal).length / Math.max(1, own.length),
    });
  }
  return matches;
}

/**
 * Every wording in the paste, best first. A wording found only inside a longer wording's match is
 * dropped there (`Key not authorised` inside `Key not authorised. OAuth client access was revoked`)
 * unless it also stands on its own elsewhere in the paste.
 */
export function matchWordings(reading: PasteReading, table: PreparedTable): WordingMatch[] {
  const { text, plain: source } = reading;
  const wholeTexts = new Set([...reading.messages.map(normalise), ...text.split('\n')]);
  const lowerSource = source.toLowerCase();
  const found: WordingMatch[] = [];
  const describe = (wording: PreparedWording, span?: [number, number]): WordingMatch => {
    // The wording's opening words, as written: enough to tell its spelling and case.
    const firstPart = wording.original
      .split(formatVerb)[0]!
      .split(/[:,.;!?(]/)[0]!
      .trim();
    return {
      wording,
      ...(span ? { span } : {}),
      statusAgrees: reading.status !== undefined && reading.status === wording.status,
      sameSpelling: firstPart === '' || lowerSource.includes(firstPart.toLowerCase()),
      sameCase: firstPart === '' || source.includes(firstPart),
      detailAgrees: false,
      flagShare: 0,
    };
  };

  for (const wording of table.wordings) {
    if (wording.weak) {
      if (wholeTexts.has(wording.normal)) found.push(describe(wording, [0, 0]));
      continue;
    }
    const span = findWording(text, wording);
    if (span) found.push(describe(wording, span));
  }
  for (const flag of reading.flags) found.push(...flagMatches(flag, reading, table, describe));
  // A logged error names the cause: `http: proxy error: … no such host` is the host-lookup entry's.
  for (const match of found) {
    if (match.wording.kind !== 'log') continue;
    const errors = (table.entryFlags.get(match.wording.entry.path) ?? []).flatMap((flag) => flag.errors ?? []);
    match.detailAgrees = errors.some((error) => text.includes(error));
  }

  const kept = found.filter((match) => {
    if (!match.span || match.span[1] === 0) return true;
    const outer = found.find((other) => contains(other, match));
    if (!outer) return true;
    // Found again after the longer match: it stands on its own there.
    const again = findWording(text, match.wording, outer.span![1]);
    if (again) match.span = again;
    return again !== undefined;
  });
  return kept.sort(compareMatches);
}
