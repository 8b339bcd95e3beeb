/**
 * From a paste to what the search shows: the entries it names (exact matches first, then the nearest
 * wordings), the one-line verdict on what the paste is, the bounded text to send to Pagefind and the
 * bounded query to keep in the URL.
 */
import {
  buildFuzzyIndex,
  informativeWords,
  nearestWordings,
  type FuzzyIndex,
  type FuzzyIndexBuild,
  type NearWording,
} from './fuzzy';
import { matchWordings, type PreparedTable, type PreparedWording, type WordingMatch } from './match';
import { normalise } from './normalise';
import { readPaste, type PasteReading } from './reader';
import type { SearchTableEntry, WordingKind } from './table';

/** What the verdict line says the paste is. */
export type VerdictKind =
  | 'gateway'
  | 'several'
  | 'older-wording'
  | 'documented'
  | 'gateway-log'
  | 'access-log'
  | 'operator-log'
  | 'tyk-component'
  | 'dashboard'
  | 'proxy'
  | 'upstream'
  | 'customised'
  | 'nearest'
  | 'truncated'
  | 'none';

export interface Verdict {
  kind: VerdictKind;
  text: string;
}

export interface AnswerResult {
  entry: SearchTableEntry;
  /** How the entry's wording is in the paste; absent for a nearest (fuzzy) result. */
  exact?: WordingKind;
}

export interface PasteAnswer {
  reading: PasteReading;
  results: AnswerResult[];
  verdict: Verdict;
  /** The relevant part of the paste for Pagefind, at most `maxPagefindChars`. */
  pagefindTerm: string;
  /** What the URL keeps: the paste itself when short, else what it was read as. */
  urlQuery: string;
  /** Answered from exact matches alone, before the fuzzy index was built: ask again once it is. */
  partial: boolean;
}

/** Pagefind gets a message or a handful of words, never a whole paste. */
const maxPagefindChars = 200;
/** Longer pastes are not written into the address bar: their reading is. */
export const maxUrlQueryChars = 300;

const statusLabel = (status: number | 'tls') => (status === 'tls' ? 'TLS' : String(status));
const quoted = (message: string) => `\`${message}\``;
const named = (entry: SearchTableEntry) => `${statusLabel(entry.status)} ${quoted(entry.message)}`;

function olderWordingVerdict({ entry, change }: PreparedWording): Verdict {
  if (change)
    return {
      kind: 'older-wording',
      text: `Sent by Tyk ${change.until} and earlier; ${change.since} and later send ${named(entry)}`,
    };
  return { kind: 'older-wording', text: `Another wording Tyk sends (or sent) for ${named(entry)}` };
}

function sentBy(reading: PasteReading): string {
  if (/tyk/i.test(reading.headers.generator ?? ''))
    return `, sent by the Tyk Gateway (X-Generator: ${reading.headers.generator})`;
  if (reading.hasHeaders) return '; the paste has no X-Generator: tyk.io header, so check it came from Tyk';
  return '';
}

/** The statuses a message is sent with, when several entries share it and the paste gives none. */
function otherStatuses(top: WordingMatch, matches: WordingMatch[], reading: PasteReading): string {
  if (reading.status !== undefined) return '';
  const same = matches.filter((match) => match.wording.normal === top.wording.normal && match.wording.kind === 'message');
  const statuses = [...new Set(same.map((match) => statusLabel(match.wording.entry.status)))];
  if (statuses.length < 2) return '';
  return `; also sent as ${statuses.slice(1).join(' and ')}: no status in the paste, so the likelier (by each entry's likelihood) comes first`;
}

/** The matches that are separate messages in the paste: the best of each group of overlapping spans. */
function separateMessages(matches: WordingMatch[]): WordingMatch[] {
  const separate: WordingMatch[] = [];
  for (const match of matches) {
    const span = match.span;
    if (!span || span[1] === 0) {
      if (!separate.some((other) => other.wording.normal === match.wording.normal)) separate.push(match);
      continue;
    }
    const overlaps = separate.some(
      (other) =>
        other.wording.normal === match.wording.normal || (other.span && other.span[0] < span[1] && span[0] < other.span[1]),
    );
    if (!overlaps) separate.push(match);
  }
  return separate;
}

/**
 * The entries the top match stands for equally: the same flag or log line, written for several
 * responses, with nothing in the paste (details, a logged error, the status) to tell them apart.
 */
function sharedBy(top: WordingMatch, matches: WordingMatch[]): SearchTableEntry[] {
  if (top.wording.kind !== 'flag' && top.wording.kind !== 'log') return [];
  const peers = matches.filter(
    (match) =>
      match.wording.kind === top.wording.kind &&
      match.wording.normal === top.wording.normal &&
      match.detailAgrees === top.detailAgrees &&
      match.statusAgrees === top.statusAgrees,
  );
  const entries = [...new Set(peers.map((match) => match.wording.entry))];
  return entries.length > 1 ? entries : [];
}

const oneOf = (entries: SearchTableEntry[]) => `one of ${entries.map(named).join(', ')} (the likelier first)`;

function exactVerdict(reading: PasteReading, matches: WordingMatch[], distinct: WordingMatch[]): Verdict {
  const top = matches[0]!;
  const { entry } = top.wording;
  const received = `${statusLabel(top.wording.status)} ${quoted(entry.message)}`;
  const level = reading.level ? ` (${reading.level})` : '';
  const shared = sharedBy(top, matches);
  switch (reading.kind) {
    case 'access-log': {
      const flags = reading.flags.length ? `, response_flag ${reading.flags.join(', ')}` : '';
      const details = reading.details.length ? `, details ${reading.details.join(', ')}` : '';
      const line = `An access-log line (status ${reading.status ?? '?'}${flags}${details})`;
      if (shared.length) {
        return {
          kind: 'access-log',
          text: `${line}; ${top.wording.original} is set for several responses: the client received ${oneOf(shared)}`,
        };
      }
      return { kind: 'access-log', text: `${line}; the client received ${received}` };
    }
    case 'gateway-log':
      if (distinct.length > 1) {
        return {
          kind: 'gateway-log',
          text: `Gateway log lines${level} with ${distinct.length} catalogued messages, each listed below`,
        };
      }
      if (shared.length) {
        return {
          kind: 'gateway-log',
          text: `A gateway log line${level} written for several responses; nothing in it tells which: the client received ${oneOf(shared)}`,
        };
      }
      return { kind: 'gateway-log', text: `A gateway log line${level}; the client received ${received}` };
    case 'component-log':
      return {
        kind: 'tyk-component',
        text: `A ${reading.component} log line, not the gateway's; the gateway error inside reads as ${received}`,
      };
    case 'operator-log':
      return {
        kind: 'operator-log',
        text: `A Tyk Operator log line${level}, not the gateway's; the gateway error inside reads as ${received}`,
      };
    case 'dashboard-response':
      return {
        kind: 'dashboard',
        text: `This is a Tyk Dashboard API response (Status/Message/Meta), not a gateway response; its message is also the gateway's ${received}`,
      };
    case 'upstream-response':
      return {
        kind: 'upstream',
        text: `No X-Generator: tyk.io and the body has the shape of the upstream service's own error; its words equal the gateway's ${received}`,
      };
    default:
  }
  if (reading.hasHeaders && !/tyk/i.test(reading.headers.generator ?? '') && top.wording.weak) {
    return {
      kind: 'upstream',
      text: `No X-Generator: tyk.io, and ${quoted(top.wording.original)} is a generic wording: this likely came from the upstream service or another hop, not from Tyk`,
    };
  }
  if (distinct.length > 1) {
    return {
      kind: 'several',
      text: `${distinct.length} Tyk messages in the paste, each listed below; the most specific first: ${received}`,
    };
  }
  if (top.wording.kind === 'wording') return olderWordingVerdict(top.wording);
  if (top.wording.kind === 'documented') {
    return {
      kind: 'documented',
      text: `Read as ${quoted(top.wording.original)} as older Tyk docs listed it; the gateway sends ${received}`,
    };
  }
  if (top.wording.kind === 'log') {
    // Only the words of a log line, without its time= or level= around them.
    const logLevel = top.wording.level ? ` (${top.wording.level})` : '';
    return {
      kind: 'gateway-log',
      text: `The text of a gateway log line${logLevel}, ${quoted(top.wording.original)}; the client received ${received}`,
    };
  }
  return { kind: 'gateway', text: `Read as ${received}${sentBy(reading)}${otherStatuses(top, matches, reading)}` };
}

function inexactVerdict(reading: PasteReading, near: PreparedWording | undefined): Verdict {
  const nearest = near ? `; nearest: ${named(near.entry)}` : '';
  const level = reading.level ? ` (${reading.level})` : '';
  switch (reading.kind) {
    case 'dashboard-response':
      return { kind: 'dashboard', text: 'This is a Tyk Dashboard API response (Status/Message/Meta), not a gateway response' };
    case 'proxy-page': {
      const server = reading.headers.server ? `Server: ${reading.headers.server}` : 'an HTML error page';
      return { kind: 'proxy', text: `This page came from a proxy in front of Tyk (${server}), not from Tyk` };
    }
    case 'upstream-response':
      return {
        kind: 'upstream',
        text: `No X-Generator: tyk.io and no Tyk wording: this is likely the upstream service's own error${nearest}`,
      };
    case 'gateway-log':
      return {
        kind: 'gateway-log',
        text: `A Tyk log line${level} with no catalogued gateway wording in it: a line the gateway logs without sending it to a client, or one from another Tyk component${nearest}`,
      };
    case 'component-log':
      // Words near a gateway message in another component's line are chance, not a lead.
      return { kind: 'tyk-component', text: `A ${reading.component} log line, not the gateway's` };
    case 'access-log': {
      const flags = reading.flags.length ? `, response_flag ${reading.flags.join(', ')}` : '';
      return {
        kind: 'access-log',
        text: `An access-log line (status ${reading.status ?? '?'}${flags}); no entry lists this flag yet${nearest}`,
      };
    }
    case 'operator-log':
      return {
        kind: 'operator-log',
        text: `A Tyk Operator log line${level}, not the gateway's; no gateway wording in it${nearest}`,
      };
    default:
  }
  const fromTyk = /tyk/i.test(reading.headers.generator ?? '');
  if (fromTyk && reading.messages.length > 0) {
    return {
      kind: 'customised',
      text: `Sent by Tyk, but this wording is not Tyk's default; it may be customised (override_messages or error templates)${near ? ` — nearest default: ${named(near.entry)}` : ''}`,
    };
  }
  if (reading.hasHeaders && !fromTyk) {
    return {
      kind: 'upstream',
      text: `No X-Generator: tyk.io and no Tyk wording: this is likely the upstream service's own error${nearest}`,
    };
  }
  if (near) return { kind: 'nearest', text: `No Tyk wording is in the paste word for word${nearest}` };
  return { kind: 'none', text: 'Nothing in the paste reads as a Tyk error' };
}

function cutVerdict(cut: PreparedWording): Verdict {
  const sent = cut.kind === 'log' ? `the gateway log line ${quoted(cut.original)}; the client received ` : '';
  return { kind: 'truncated', text: `Cut off: the start of ${sent}${named(cut.entry)}` };
}

const notFromGateway: VerdictKind[] = ['dashboard', 'proxy', 'upstream', 'tyk-component'];

export interface SearchIndex {
  table: PreparedTable;
  fuzzy?: FuzzyIndex;
  /** A fuzzy index being built in the background: a query that needs it finishes it rather than building another. */
  fuzzyBuild?: FuzzyIndexBuild;
}

/** The text worth a full-text search: the message read, else the paste's informative words. */
function relevantText(reading: PasteReading, matches: WordingMatch[]): string {
  const text = matches[0]?.wording.entry.message ?? reading.messages[0] ?? informativeWords(reading.plain).slice(0, 12).join(' ');
  return text.slice(0, maxPagefindChars);
}

/** A paste that is one message (not prose or a log excerpt), by its length. */
const maxSingleMessageChars = 300;
/** Below this share of the message's letters, an exact match may be a fragment of a misquote. */
const fragmentShare = 0.6;
const letters = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').length;

/**
 * A misquote holds fragments of other wordings (`Authorization header missing, malformed or invalid`
 * holds the documented `Header missing`): when the exact match covers little of a one-message paste
 * and a wording that covers most of it is near, the near wording is the answer.
 */
function misquoted(reading: PasteReading, matches: WordingMatch[], near: NearWording | undefined): boolean {
  const top = matches[0];
  // A wording with a filled-in value covers the rest of the message already; a log line is no misquote.
  if (!top || !near || top.wording.parts.length > 1 || reading.plain.length > maxSingleMessageChars) return false;
  if (logKinds.includes(reading.kind)) return false;
  const pasted = letters(reading.messages[0] ?? reading.plain);
  const covered = Math.max(...matches.map((match) => match.wording.coverage));
  return covered < fragmentShare * pasted && near.completeness >= 0.7 && near.wording.coverage > covered;
}
const logKinds: PasteReading['kind'][] = ['gateway-log', 'access-log', 'operator-log', 'component-log'];

/** A paste this short may be one message cut off; longer ones are prose or logs. */
const maxCutMessageChars = 300;
/** Fewer letters than this say too little to stand for the start of one message. */
const minCutLetters = 16;

/**
 * A message cut off (a chat preview, a terminal's width, a log shipper's limit): the paste's last
 * message is the start of a longer wording, and no exact match explains as much of it.
 */
function cutWording(reading: PasteReading, table: PreparedTable, top: WordingMatch | undefined): PreparedWording | undefined {
  if (reading.plain.length > maxCutMessageChars) return undefined;
  // A wording ending in a value takes any cut-off value in (`Key not authorized: token has inv`).
  if (top && top.wording.parts.length > 1 && top.wording.parts.at(-1) === '') return undefined;
  const lines = reading.text.split('\n');
  const last = reading.messages.at(-1) ?? lines.at(-1) ?? '';
  const start = trimCut(normalise(last));
  if (letters(start) < minCutLetters || (top && top.wording.coverage >= letters(start))) return undefined;
  // Marked as cut (an ellipsis, a quote left open), or most of a wording: a few typed words are a search, not a cut.
  const marked = start.length < normalise(last).length || /["']$|["'][^"']*$/.test(reading.plain.trim());
  const candidates = table.wordings.filter(
    (wording) =>
      wording.normal.length > start.length + 1 &&
      startsWording(start, wording.parts) &&
      (marked || start.length >= cutShare * wording.normal.length),
  );
  // The paste's own case first (`There was…` is the REST entry's, `there was…` GraphQL's), then the likelier entry.
  const sameCase = (wording: PreparedWording) => reading.plain.includes(wording.original.slice(0, 12));
  return candidates.sort(
    (a, b) =>
      Number(sameCase(b)) - Number(sameCase(a)) ||
      likelihoodOrder(a.entry.likelihood) - likelihoodOrder(b.entry.likelihood) ||
      a.order - b.order,
  )[0];
}
/**
 * `start` is how the wording begins, its format verbs filled with any value, cut anywhere: in a
 * literal part or in a value (`Loop level too deep. Found more than 3 lo…`).
 */
function startsWording(start: string, parts: readonly string[]): boolean {
  const [first = '', ...rest] = parts;
  if (start.length <= first.length) return first.startsWith(start);
  // A wording must begin with words of its own to be recognised by its start.
  if (letters(first) < minCutLetters / 2 || !start.startsWith(first)) return false;
  let position = first.length;
  for (const part of rest) {
    const found = part ? start.indexOf(part, position + 1) : -1;
    if (found !== -1) {
      position = found + part.length;
      continue;
    }
    // Cut in this value or in the part after it: some tail of the rest begins the part.
    for (let from = position + 1; from <= start.length; from++) if (part.startsWith(start.slice(from))) return true;
    return false;
  }
  // Every part is in the paste: that is the whole wording, which containment matching answers.
  return false;
}
/** A start without a cut mark must be at least this share of the wording. */
const cutShare = 0.5;
const likelihoodOrder = (likelihood: SearchTableEntry['likelihood']) =>
  likelihood === 'common' ? 0 : likelihood === 'rare' ? 2 : 1;

/** Without the ellipsis that marks a cut (`…`, `...`). */
const trimCut = (text: string) => text.replace(/(?<!\.)(?:…|\.{2,})$/u, '').trimEnd();

/**
 * With `fuzzyIfReady`, a paste with exact matches is answered without building the fuzzy index (the
 * first query after the table arrives then costs only the matching); the answer says it is `partial`.
 */
export function answerPaste(input: string, index: SearchIndex, limit = 8, fuzzyIfReady = false): PasteAnswer {
  const reading = readPaste(input);
  // A proxy's page repeats status words (`Service Temporarily Unavailable`) that are no claim about Tyk.
  let matches = reading.kind === 'proxy-page' ? [] : matchWordings(reading, index.table);
  const partial = fuzzyIfReady && !index.fuzzy && matches.length > 0;
  if (!partial) index.fuzzy ??= index.fuzzyBuild?.finish() ?? buildFuzzyIndex(index.table);
  // Message candidates first: a misquoted body field says more than the sentence around it.
  const query = [...reading.messages.slice(0, 5), reading.plain.slice(0, 4096)].join(' ');
  const near = index.fuzzy && !partial ? nearestWordings(index.fuzzy, query, limit, reading.status) : [];
  if (misquoted(reading, matches, near[0])) matches = [];

  const cut = reading.kind === 'proxy-page' ? undefined : cutWording(reading, index.table, matches[0]);

  const separate = separateMessages(matches);
  const seen = new Set<string>();
  const results: AnswerResult[] = [];
  if (cut) {
    seen.add(cut.entry.path);
    results.push({ entry: cut.entry });
  }
  for (const match of [...separate, ...matches]) {
    if (seen.has(match.wording.entry.path)) continue;
    seen.add(match.wording.entry.path);
    results.push({ entry: match.wording.entry, exact: match.wording.kind });
  }
  for (const { wording } of near) {
    if (seen.has(wording.entry.path)) continue;
    seen.add(wording.entry.path);
    results.push({ entry: wording.entry });
  }
  const verdict = cut
    ? cutVerdict(cut)
    : matches.length > 0
      ? exactVerdict(reading, matches, separate)
      : inexactVerdict(reading, near[0]?.wording);
  // Words the gateway also uses, in a response the gateway did not send, are no exact match of a gateway error.
  if (notFromGateway.includes(verdict.kind)) for (const result of results) delete result.exact;
  const trimmed = input.trim();
  const urlQuery =
    trimmed.length <= maxUrlQueryChars
      ? trimmed
      : (matches[0]?.wording.original ?? relevantText(reading, matches)).slice(0, maxUrlQueryChars);
  return {
    reading,
    results: results.slice(0, limit),
    verdict,
    pagefindTerm: relevantText(reading, matches),
    urlQuery,
    partial,
  };
}
