/**
 * The error catalog: one MDX file per gateway error response, `content/errors/<status>/<slug>.mdx`,
 * validated when the site builds. The frontmatter below holds the facts; the body is Markdown plus
 * the catalog's components (src/lib/entry-body/components.ts, no imports), rendered to HTML by the
 * loader while content syncs (src/loaders/error-catalog.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { audienceIds, categoryIds } from './lib/categories';
import { invisibleCharacter, literalLength, minLiteralLength } from './lib/message';
import { defaultSourceRef } from './lib/operator-source';
import { likelihoods } from './lib/paste/table';
import { aliasPattern, slugPattern } from './lib/slug';
import { errorCatalogLoader } from './loaders/error-catalog';
import { statusDescriptionsLoader } from './loaders/status-descriptions';

/** The HTTP status the gateway sends, or `tls` for a failure in the TLS handshake, where no HTTP response exists. */
const statusRule =
  'must be an HTTP status code from 100 to 599 written as a number (403, not "403"), or `tls` for a TLS handshake failure';
const status = z.union([z.int(statusRule).min(100, statusRule).max(599, statusRule), z.literal('tls', statusRule)], statusRule);

/** A required text field whose error tells the author what belongs there. */
const text = (what: string) => z.string(`is required: ${what}`).trim().min(1, `is required: ${what}`);

/**
 * The message is a fact, byte for byte: never trimmed, refused when it carries what the gateway's
 * text cannot (surrounding spaces, control or invisible characters) or too little to identify it.
 */
const message = z
  .string('is required: the exact text the gateway returns')
  .min(1, 'is required: the exact text the gateway returns')
  .refine((value) => value === value.trim(), {
    message:
      'starts or ends with spaces. Messages are byte-exact and never trimmed: remove them, or quote the message exactly as the gateway writes it.',
    abort: true,
  })
  .refine((value) => !invisibleCharacter.test(value), {
    message:
      'contains a control or invisible character (a newline, tab or zero-width space). Write the message on one line as the gateway sends it.',
    abort: true,
  })
  .refine((value) => literalLength(value) >= minLiteralLength, {
    message: `needs at least ${minLiteralLength} letters or digits besides its format verbs (%s, %v, …): a message made of verbs and punctuation matches any text, so search would call every query an exact match.`,
  });

/** One place in the gateway's Go source that writes this response. */
const sourceLocation = z.strictObject({
  /** Path in the TykTechnologies/tyk repository, e.g. `gateway/mw_auth_key.go`. */
  file: z.string().regex(/^[\w./-]+\.go$/, 'must be a .go path in the tyk repository'),
  /** Line number at `ref`. */
  line: z.int().positive(),
  /** The function, constant or error variable involved. */
  symbol: z.string().min(1),
  /** The release tag (or commit, for unreleased code) the line number refers to. */
  ref: z.string().default(defaultSourceRef),
});

/** A log line the gateway writes on the code path that sends this response. */
const logLine = z.strictObject({
  /** The logrus level, as the gateway prints it (`level=warning`). */
  level: z.enum(['debug', 'info', 'warning', 'error', 'fatal'], 'must be one of: debug, info, warning, error, fatal'),
  /** The literal message, byte for byte as in `logs.tsv`, format verbs kept; values appended at run time are left out. */
  message: z.string().min(1),
  /** Notable fields on the line: `prefix: proxy`, or a field name with an empty value when the value varies. */
  fields: z.record(z.string(), z.string()).optional(),
  /** Where the gateway writes it (the call, or the caller that passes the message). */
  source: sourceLocation,
  /**
   * The message is a Go error value (`log.Error(err)`): `resolved` when the source fixes its text
   * (`errors.New`, `fmt.Errorf`, a package-level `ErrX`), shown in `message`; `unresolved` when it does
   * not, `message` then being `%v`.
   */
  errorValue: z.enum(['resolved', 'unresolved'], 'must be resolved or unresolved').optional(),
  /** The cause heading (`### …`) in the body this line belongs to, when the entry has several causes. */
  cause: z.string().min(1).optional(),
});

/** A response flag the gateway's classifier attaches (`response_flag` in access logs, `match.flag` in Error Overrides). */
const responseFlag = z.strictObject({
  /** The three-letter code from `internal/errors/classification.go`. */
  code: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter response flag such as AKI or UCF'),
  /** The `response_code_details` value written with it. */
  details: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'must be a snake_case response_code_details value')
    .optional(),
  /** The cause heading (`### …`) in the body this flag tells apart; its anchor is named after the flag. */
  cause: z.string().min(1).optional(),
});

/** How Tyk's older error documentation listed this response. */
const documentedAs = z
  .strictObject({
    /** The status as listed there (which may be wrong). */
    status: z.union([z.int(), z.string()]).optional(),
    /** The wording as listed there, verbatim. */
    message: z.string().min(1),
    /** `published`: the public table; `draft`: the older draft list. */
    in: z.enum(['published', 'draft']),
    /** Why the listing differs from what the gateway sends, when it does. */
    note: z.string().optional(),
  })
  .readonly();

/** Another wording or status the gateway sends (or sent, in an older release) for the same situation. */
const wording = z
  .strictObject({
    /** The status sent with this wording; defaults to the entry's. */
    status: status.optional(),
    /** The exact text, Go format verbs kept. */
    message: z.string().min(1),
    /** When or why the gateway sends this one instead. */
    note: z.string().optional(),
  })
  .readonly();

const errors = defineCollection({
  loader: errorCatalogLoader('./content/errors', 'content/published-urls.txt'),
  schema: z.strictObject({
    /** The HTTP status the gateway sends; the folder name must match. */
    status,
    /** The exact text the gateway returns, Go format verbs (`%s`, `%d`) kept as in the source. */
    message,
    /** The permanent URL segment; equals the file name. Never change it: add the old one to `aliases`. */
    slug: text('the permanent URL segment, equal to the file name').regex(
      slugPattern,
      'must be lower-case kebab-case (a-z, 0-9 and single hyphens)',
    ),
    /** The page heading; defaults to the message. */
    title: z.string().min(1).optional(),
    /** One sentence on when the gateway sends it, shown in lists and search results. */
    summary: text('one sentence on when the gateway sends this error')
      .min(20, 'must be a full sentence (at least 20 characters)')
      .max(200, 'must be one sentence of at most 200 characters'),
    /** One of the fixed categories in `src/lib/categories.ts`. */
    category: z.enum(categoryIds, `must be one of: ${categoryIds.join(', ')}`),
    /** Who receives it: API consumers on proxied requests, or callers of the Gateway REST API. */
    audience: z.enum(audienceIds, `must be one of: ${audienceIds.join(', ')}`),
    /** Other entries worth reading, as `<status>/<slug>`. */
    related: z.array(reference('errors')).default([]),
    /**
     * Other URLs that lead here as redirects: earlier slugs, or wordings and statuses older docs used.
     * A slug under this entry's status, or `<status>/<slug>` under another.
     */
    aliases: z.array(z.string().regex(aliasPattern, 'each alias must be a kebab-case slug, or <status>/<slug>')).default([]),
    /** Every place in the gateway source that sends this response. */
    source: z
      .array(sourceLocation, 'is required: the places in the gateway source that send this response')
      .min(1, 'must list at least one place in the gateway source'),
    /** The `override_messages` key that lets an operator change this message or status. */
    overrideKey: z.string().optional(),
    /** Log lines the gateway writes on the code paths that send this response. */
    logs: z.array(logLine).default([]),
    /** Response flags attached to this response (5.12 onwards), with their details and causes. */
    flags: z.array(responseFlag).default([]),
    /** The error ID (`override_messages` key, TykErrors) the gateway sends this under, e.g. `auth.key_not_found`. */
    errorId: z
      .string()
      .regex(/^[a-z]+\.[a-z_]+$/, 'must be an error ID such as auth.key_not_found')
      .optional(),
    /** The wordings and statuses under which Tyk's older docs listed it. */
    documentedAs: z.array(documentedAs).default([]),
    /** Other wordings and statuses the gateway sends or sent for the same situation; releases come from the extracted source. */
    wordings: z.array(wording).default([]),
    /**
     * Among entries with the same message, how likely a user who got it is to have got this one
     * (`common`: a current, default code path; `rare`: a deprecated middleware or a plugin's fallback).
     * Search ranks by it when a paste gives no status. Defaults to `uncommon`.
     */
    likelihood: z.enum(likelihoods, `must be one of: ${likelihoods.join(', ')}`).optional(),
    /** The response exactly as sent: status line, headers that matter, blank line, body. */
    example: text('the response exactly as sent: status line, headers, blank line, body'),
  }),
});

/** What each status code means in Tyk's context, keyed by status. */
const statuses = defineCollection({
  loader: statusDescriptionsLoader('content/statuses.yaml'),
  schema: z.strictObject({
    /** The standard reason phrase, or a name for `tls`. */
    name: z.string().min(1),
    /** What this status means when Tyk sends it: a short paragraph. */
    meaning: z.string().min(40),
  }),
});

export const collections = { errors, statuses };
