/** The error catalog: one MDX file per gateway error response, validated when the site builds. */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { audienceIds, categoryIds } from './lib/categories';
import { likelihoods } from './lib/paste/table';
import { aliasPattern, slugPattern } from './lib/slug';
import { errorCatalogLoader } from './loaders/error-catalog';
import { statusDescriptionsLoader } from './loaders/status-descriptions';

const sourceTag = 'v5.14.0';

/** The HTTP status the gateway sends, or `tls` for a failure in the TLS handshake, where no HTTP response exists. */
const statusRule = 'must be an HTTP status code from 100 to 599, or `tls` for a TLS handshake failure';
const status = z.union([z.int(statusRule).min(100, statusRule).max(599, statusRule), z.literal('tls', statusRule)], statusRule);

/** A required text field whose error tells the author what belongs there. */
const text = (what: string) => z.string(`is required: ${what}`).trim().min(1, `is required: ${what}`);

/** One place in the gateway's Go source that writes this response. */
const sourceLocation = z.strictObject({
  /** Path in the TykTechnologies/tyk repository, e.g. `gateway/mw_auth_key.go`. */
  file: z.string().regex(/^[\w./-]+\.go$/, 'must be a .go path in the tyk repository'),
  /** Line number at `ref`. */
  line: z.int().positive(),
  /** The function, constant or error variable involved. */
  symbol: z.string().min(1),
  /** The release tag (or commit, for unreleased code) the line number refers to. */
  ref: z.string().default(sourceTag),
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

const errors = defineCollection({
  loader: errorCatalogLoader('./content/errors', 'content/published-urls.txt'),
  schema: z.strictObject({
    /** The HTTP status the gateway sends; the folder name must match. */
    status,
    /** The exact text the gateway returns, Go format verbs (`%s`, `%d`) kept as in the source. */
    message: text('the exact text the gateway returns'),
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
    /** The wordings and statuses under which Tyk's older docs listed it. */
    documentedAs: z.array(documentedAs).default([]),
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
