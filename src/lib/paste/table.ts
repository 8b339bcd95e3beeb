/**
 * The search table: every wording the catalog knows (each entry's message, older and documented
 * wordings, log lines and access-log flags), built at build time from the collection and loaded by
 * the browser before Pagefind. Each wording carries its form for matching, worked out at build
 * (`withWordingForms`); the browser only links them up (see `prepareTable`).
 */
import type { WordingChange } from '../releases';

/** Where a wording comes from: what the gateway sends now, sent by older releases, older docs, logs, flags. */
export type WordingKind = 'message' | 'wording' | 'documented' | 'log' | 'flag';

/** Among entries sharing a message, how likely a user who pasted it without a status got this one. */
export const likelihoods = ['common', 'uncommon', 'rare'] as const;
export type Likelihood = (typeof likelihoods)[number];

/**
 * What matching needs from a wording's text alone (see `wordingForm` in match.ts), worked out at build
 * and carried by the table so the browser does not normalise some 700 wordings at the first query.
 * `null`: the wording says too little to be found inside text, and is not matched.
 */
export interface WordingForm {
  /** The text normalised (`normalise`), format verbs kept; absent in the published table when that is the text in lower case. */
  normal?: string;
  /** Literal letters and digits, plus one per format verb: how much of a paste the wording explains. */
  coverage: number;
  /** Matches only as a whole message or line, never as words inside a sentence. */
  weak: boolean;
}

/** A wording other than the entry's message. */
export interface TableWording {
  /** The text as the gateway (or the docs) wrote it, format verbs kept; a flag's code. */
  text: string;
  kind: Exclude<WordingKind, 'message'>;
  /** The status sent with it, when not the entry's. */
  status?: number | 'tls';
  /** A log line's level. */
  level?: string;
  /** For an older wording: the releases named where it gave way to the entry's message. */
  change?: WordingChange;
  /** A flag's `response_code_details`: which of its causes this entry is. */
  details?: string;
  /**
   * Error texts the gateway's classifier reads as this flag and details (`no such host` → DNS
   * dns_not_found): inside a logged error, they tell which entry's response the client got.
   */
  errors?: string[];
  /** Its form for matching, when the table was built with forms (`withWordingForms`). */
  form?: WordingForm | null;
}

export interface SearchTableEntry {
  status: number | 'tls';
  message: string;
  summary: string;
  /** The permalink path, without the base. */
  path: string;
  category: string;
  audience: string;
  /** Absent means `uncommon`. */
  likelihood?: Likelihood;
  /** Absent when the entry has only its message. */
  also?: TableWording[];
  /** The release lines (`5.8`) whose checked releases send it: the search's release filter. */
  release?: string[];
  /** "Sent by 4.0.16 – 5.14.0" and the like, shown under the result. */
  sentBy?: string;
  /** Only unreleased versions (release candidates) send it. */
  unreleased?: true;
  /** The message's form for matching, when the table was built with forms (`withWordingForms`). */
  form?: WordingForm | null;
}

/** The frontmatter the table reads; the optional fields arrive with other branches' data. */
export interface CatalogEntryData {
  status: number | 'tls';
  message: string;
  summary: string;
  category: string;
  audience: string;
  likelihood?: Likelihood | undefined;
  documentedAs: ReadonlyArray<{ message: string }>;
  wordings?: ReadonlyArray<{ status?: number | 'tls' | undefined; message: string; change?: WordingChange | undefined }>;
  logs?: ReadonlyArray<{ level: string; message: string; errorValue?: string | undefined }>;
  flags?: ReadonlyArray<{ code: string; details?: string | undefined; errors?: readonly string[] | undefined }>;
}

/** One table row per entry; wordings equal to the message (or to each other) are dropped. */
export function searchTableEntry(data: CatalogEntryData, path: string): SearchTableEntry {
  const seen = new Set([data.message]);
  const also: TableWording[] = [];
  const add = (wording: TableWording) => {
    const key = `${wording.kind}:${wording.text}:${wording.details ?? ''}`;
    if (seen.has(wording.text) || seen.has(key)) return;
    seen.add(wording.kind === 'flag' || wording.kind === 'log' ? key : wording.text);
    also.push(wording);
  };
  for (const { message, status, change } of data.wordings ?? []) {
    add({
      text: message,
      kind: 'wording',
      ...(status !== undefined && status !== data.status ? { status } : {}),
      ...(change ? { change } : {}),
    });
  }
  for (const { message } of data.documentedAs) add({ text: message, kind: 'documented' });
  // An error value the source does not fix is logged as `%v`: no text to match.
  for (const { message, level, errorValue } of data.logs ?? [])
    if (errorValue !== 'unresolved') add({ text: message, kind: 'log', level });
  for (const { code, details, errors } of data.flags ?? []) {
    add({ text: code, kind: 'flag', ...(details ? { details } : {}), ...(errors?.length ? { errors: [...errors] } : {}) });
  }
  return {
    status: data.status,
    message: data.message,
    summary: data.summary,
    path,
    category: data.category,
    audience: data.audience,
    ...(data.likelihood && data.likelihood !== 'uncommon' ? { likelihood: data.likelihood } : {}),
    ...(also.length ? { also } : {}),
  };
}
