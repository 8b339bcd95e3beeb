/**
 * From a paste to what the search shows: the entries it names (exact matches first, then the nearest
 * wordings), the one-line verdict on what the paste is, the bounded text to send to Pagefind and the
 * bounded query to keep in the URL.
 */
import { buildFuzzyIndex, informativeWords, nearestWordings, type FuzzyIndex, type NearWording } from './fuzzy';
import { matchWordings, type PreparedTable, type PreparedWording, type WordingMatch } from './match';
import { readPaste, type PasteReading } from './reader';
import type { SearchTableEntry, WordingKind } from './table';
import { compareTags } from '../release-tags';

/** What the verdict line says the paste is. */
export type VerdictKind =
  | 'gateway'
  | 'several'
  | 'older-wording'
  | 'documented'
  | 'gateway-log'
  | 'access-log'
  | 'operator-log'
  | 'dashboard'
  | 'proxy'
  | 'upstream'
  | 'customised'
  | 'nearest'
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
}

/** Pagefind gets a message or a handful of words, never a whole paste. */
const maxPagefindChars = 200;
/** Longer pastes are not written into the address bar: their reading is. */
export const maxUrlQueryChars = 300;

const statusLabel = (status: number | 'tls') => (status === 'tls' ? 'TLS' : String(status));
const quoted = (message: string) => `\`${message}\``;
const named = (entry: SearchTableEntry) => `${statusLabel(entry.status)} ${quoted(entry.message)}`;

const shortTag = (tag: string) => tag.replace(/^v/, '');
const lineOf = (tag: string) => shortTag(tag).split('.').slice(0, 2).join('.');

function olderWordingVerdict(wording: PreparedWording): Verdict {
  const { entry } = wording;
  const sentBy = [...(wording.releases ?? [])].sort(compareTags);
  const current = [...(entry.releases ?? [])].sort(compareTags);
  const lastOld = sentBy.at(-1);
  const firstNew = current.find((tag) => !lastOld || compareTags(tag, lastOld) > 0);
  if (lastOld && firstNew) {
    // The release list checks every line's first release, so a change first seen there came with the line.
    const byLine = /\.0$/.test(firstNew) && lineOf(lastOld) !== lineOf(firstNew);
    const [until, since] = byLine ? [lineOf(lastOld), lineOf(firstNew)] : [shortTag(lastOld), shortTag(firstNew)];
    return { kind: 'older-wording', text: `Sent by Tyk ${until} and earlier; ${since} and later send ${named(entry)}` };
  }
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

function exactVerdict(reading: PasteReading, matches: WordingMatch[], distinct: WordingMatch[]): Verdict {
  const top = matches[0]!;
  const { entry } = top.wording;
  const received = `${statusLabel(top.wording.status)} ${quoted(entry.message)}`;
  const level = reading.level ? ` (${reading.level})` : '';
  switch (reading.kind) {
    case 'access-log': {
      const flags = reading.flags.length ? `, response_flag ${reading.flags.join(', ')}` : '';
      return {
        kind: 'access-log',
        text: `An access-log line (status ${reading.status ?? '?'}${flags}); the client received ${received}`,
      };
    }
    case 'gateway-log':
      if (distinct.length > 1) {
        return {
          kind: 'gateway-log',
          text: `Gateway log lines${level} with ${distinct.length} catalogued messages, each listed below`,
        };
      }
      return { kind: 'gateway-log', text: `A gateway log line${level}; the client received ${received}` };
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
      return { kind: 'gateway-log', text: `A gateway log line${level}; no catalogued wording in it word for word${nearest}` };
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

const notFromGateway: VerdictKind[] = ['dashboard', 'proxy', 'upstream'];

export interface SearchIndex {
  table: PreparedTable;
  fuzzy?: FuzzyIndex;
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
function misquoted(reading: PasteReading, top: WordingMatch | undefined, near: NearWording | undefined): boolean {
  // A wording with a filled-in value covers the rest of the message already.
  if (!top || !near || top.wording.parts.length > 1 || reading.plain.length > maxSingleMessageChars) return false;
  const pasted = letters(reading.messages[0] ?? reading.plain);
  return (
    top.wording.coverage < fragmentShare * pasted && near.completeness >= 0.7 && near.wording.coverage > top.wording.coverage
  );
}

export function answerPaste(input: string, index: SearchIndex, limit = 8): PasteAnswer {
  const reading = readPaste(input);
  // A proxy's page repeats status words (`Service Temporarily Unavailable`) that are no claim about Tyk.
  let matches = reading.kind === 'proxy-page' ? [] : matchWordings(reading, index.table);
  index.fuzzy ??= buildFuzzyIndex(index.table);
  // Message candidates first: a misquoted body field says more than the sentence around it.
  const query = [...reading.messages.slice(0, 5), reading.plain.slice(0, 4096)].join(' ');
  const near = nearestWordings(index.fuzzy, query, limit, reading.status);
  if (misquoted(reading, matches[0], near[0])) matches = [];

  const separate = separateMessages(matches);
  const seen = new Set<string>();
  const results: AnswerResult[] = [];
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
  const verdict = matches.length > 0 ? exactVerdict(reading, matches, separate) : inexactVerdict(reading, near[0]?.wording);
  // Words the gateway also uses, in a response the gateway did not send, are no exact match of a gateway error.
  if (notFromGateway.includes(verdict.kind)) for (const result of results) delete result.exact;
  const trimmed = input.trim();
  const urlQuery =
    trimmed.length <= maxUrlQueryChars
      ? trimmed
      : (matches[0]?.wording.original ?? relevantText(reading, matches)).slice(0, maxUrlQueryChars);
  return { reading, results: results.slice(0, limit), verdict, pagefindTerm: relevantText(reading, matches), urlQuery };
}
