/**
 * Turns whatever a user pastes into the search box (a message, a JSON body, a raw HTTP response, a
 * message with its values filled in) into the gateway message it carries, and matches that against
 * the exact-match table built from the catalog. Pure: used by the browser search and the tests.
 */
import { messagePattern } from './message';

/** One row of the exact-match table: a wording the gateway sends (or older docs used) and its entry. */
export interface ExactMatchRow {
  /** The entry's status, or `tls`. */
  status: number | 'tls';
  /** The entry's message, as shown in results. */
  message: string;
  /** The entry's one-sentence summary. */
  summary: string;
  /** The permalink path, without the base. */
  path: string;
  /** Normalised wordings that identify this entry: its message, then older documented wordings. */
  wordings: string[];
  /** How many places in the gateway send it: among entries with the same message, the likelier first. */
  sources: number;
}

export interface PastedQuery {
  /** A status found in the paste (status line, a leading code), if any. */
  status?: number;
  /** The texts that could be the gateway's message, most specific first. */
  candidates: string[];
}

const statusLine = /\bHTTP\/\d(?:\.\d)?\s+(\d{3})\b/i;
const leadingStatus = /^\s*(?:HTTP\s+)?(\d{3})\b(?=\s|:|$)/i;
const messageFields = ['error', 'message', 'error_description'];

/** British spellings throughout: the gateway mixes `authorised` and `authorized`, users type either. */
function toBritish(text: string): string {
  return text.replace(/\b(un)?(authori|organi)z/g, '$1$2s');
}

/** Straight quotes, single spaces, no surrounding quotes or trailing punctuation; case kept. */
function tidy(text: string): string {
  return text
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(['"\\])/g, '$1')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[\s.!?:;,]+$/, '')
    .trim();
}

/** Lower-case, straight quotes, single spaces, no trailing punctuation, one spelling. */
export function normaliseMessage(text: string): string {
  return toBritish(tidy(text).toLowerCase());
}

function stringFields(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  return messageFields
    .map((field) => record[field])
    .filter((text): text is string => typeof text === 'string' && text.length > 0);
}

/** The JSON object in the paste, parsed if it is valid, else its message fields read loosely. */
function jsonMessages(text: string): string[] {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end <= start) return [];
  const json = text.slice(start, end + 1);
  try {
    // Go's JSEscapeString (the proxy error template) writes ' as \', which JSON does not allow.
    return stringFields(JSON.parse(json.replace(/\\'/g, "'")));
  } catch {
    const loose = [...json.matchAll(/"(error|message|error_description)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)];
    return loose.map((match) => match[2]!).filter(Boolean);
  }
}

export function readPastedQuery(input: string): PastedQuery {
  const text = input.replace(/\r\n?/g, '\n').trim();
  const statusMatch = statusLine.exec(text) ?? leadingStatus.exec(text);
  const status = statusMatch ? Number(statusMatch[1]) : undefined;

  const candidates = jsonMessages(text);
  // A raw response: the body follows the first blank line.
  const blank = text.indexOf('\n\n');
  const body = statusLine.test(text) && blank !== -1 ? text.slice(blank + 2) : text;
  const withoutStatus = body.replace(statusLine, '').replace(leadingStatus, '');
  candidates.push(withoutStatus, text);
  return { ...(status ? { status } : {}), candidates: [...new Set(candidates.map((c) => c.trim()).filter(Boolean))] };
}

const patternCache = new Map<string, RegExp>();

/** A normalised wording with format verbs matches any filled-in value; without, it must be equal. */
function wordingMatches(wording: string, candidate: string): boolean {
  if (!wording.includes('%')) return wording === candidate;
  let pattern = patternCache.get(wording);
  if (!pattern) {
    pattern = messagePattern(wording, true);
    patternCache.set(wording, pattern);
  }
  return pattern.test(candidate);
}

export interface ExactMatch {
  row: ExactMatchRow;
  /** True when the paste matched an older documented wording rather than the message itself. */
  viaOldWording: boolean;
  /** True when the match filled in format verbs (`%s`), which a literal message beats. */
  viaPattern: boolean;
}

/**
 * The entries whose message (or older wording) the paste carries exactly, best first: a status in
 * the paste picks among entries that share a message; the gateway's own wording beats old docs';
 * a literal message beats one whose format verbs had to be filled in; the same case beats another
 * case; and among entries still tied, the one the gateway sends from more places comes first.
 */
export function findExactMatches(input: string, table: readonly ExactMatchRow[]): ExactMatch[] {
  const query = readPastedQuery(input);
  for (const pasted of query.candidates) {
    const candidate = normaliseMessage(pasted);
    if (!candidate) continue;
    const matches: ExactMatch[] = [];
    for (const row of table) {
      const index = row.wordings.findIndex((wording) => wordingMatches(wording, candidate));
      if (index !== -1) matches.push({ row, viaOldWording: index > 0, viaPattern: row.wordings[index]!.includes('%') });
    }
    if (matches.length > 0) {
      const rank = (match: ExactMatch) =>
        (query.status === undefined || query.status === match.row.status ? 0 : 8) +
        (match.viaOldWording ? 4 : 0) +
        (match.viaPattern ? 2 : 0) +
        (tidy(match.row.message) === tidy(pasted) ? 0 : 1);
      return matches.sort((a, b) => rank(a) - rank(b) || b.row.sources - a.row.sources);
    }
  }
  return [];
}
