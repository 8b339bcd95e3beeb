/**
 * Rules that span the whole catalog (the schema checks one entry at a time): where a file lives,
 * unique URLs and messages, existing related entries, an example that matches its entry.
 * Every problem names the file, the field and what the author should do.
 */
import { bodyTexts, parseExampleResponse } from './example-response';
import { missingBodySections } from './entry-sections';
import { containsMessage } from './message';
import type { StatusKey } from './status';
import { aliasPath, permalinkPath, publishedPaths } from './urls';

export interface CatalogEntry {
  id: string;
  /** Path relative to the project root, e.g. `content/errors/403/key-not-authorised.md`. */
  filePath: string;
  data: {
    status: StatusKey;
    slug: string;
    message: string;
    aliases: readonly string[];
    related: ReadonlyArray<{ id: string }>;
    example: string;
  };
  /** The Markdown or MDX after the frontmatter. */
  body?: string;
}

export interface CatalogProblem {
  filePath: string;
  field: string;
  message: string;
}

function fileParts(filePath: string): { folder: string; name: string; extension: string } {
  const parts = filePath.split('/');
  const fileName = parts.at(-1) ?? '';
  const extension = /\.mdx$/.exec(fileName)?.[0] ?? '';
  return { folder: parts.at(-2) ?? '', name: fileName.slice(0, fileName.length - extension.length), extension };
}

export function findCatalogProblems(entries: readonly CatalogEntry[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const urlOwners = new Map<string, string>();
  const messageOwners = new Map<string, string>();
  const ids = new Set(entries.map((entry) => entry.id));
  // Files in a fixed order, so the same catalog always reports the same problems.
  const sorted = [...entries].sort((a, b) => a.filePath.localeCompare(b.filePath));

  // Slugs claim their URLs before aliases do: an alias that collides is the alias's problem.
  const claims = [
    ...sorted.map(({ filePath, data }) => ({
      filePath,
      field: 'slug',
      value: data.slug,
      url: permalinkPath(data.status, data.slug),
    })),
    ...sorted.flatMap(({ filePath, data }) =>
      data.aliases.map((alias) => ({ filePath, field: 'aliases', value: alias, url: aliasPath(data.status, alias) })),
    ),
  ];
  for (const { filePath, field, value, url } of claims) {
    const owner = urlOwners.get(url);
    if (owner === filePath && field === 'aliases') {
      problems.push({
        filePath,
        field,
        message: `"${value}" gives the URL ${url}, which this entry already has (its slug, or an alias listed before). Remove it: an alias is an other address that leads here.`,
      });
    } else if (owner && owner !== filePath) {
      problems.push({
        filePath,
        field,
        message: `"${value}" gives the URL ${url}, which ${owner} already uses. Choose another ${field === 'slug' ? 'slug' : 'alias'}; each URL belongs to one entry.`,
      });
    } else {
      urlOwners.set(url, filePath);
    }
  }

  // An alias in `related` is a redirect, not an entry: point the author at the entry it leads to.
  const aliasOwners = new Map(
    sorted.flatMap(({ id, data }) => data.aliases.map((alias) => [aliasPath(data.status, alias).slice(1, -1), id] as const)),
  );
  const entryIdsByFile = new Map(sorted.map(({ id, filePath }) => [filePath, id]));

  for (const { filePath, data, body } of sorted) {
    const { folder, name, extension } = fileParts(filePath);
    const status = String(data.status);

    if (folder !== status) {
      problems.push({
        filePath,
        field: 'status',
        message: `is ${status}, but the file is in the folder "${folder}". Move the file to content/errors/${status}/, or correct the status.`,
      });
    }
    if (name !== data.slug) {
      problems.push({
        filePath,
        field: 'slug',
        message: `is "${data.slug}", but the file is named "${name}${extension}". Name the file ${data.slug}${extension}. (A published slug never changes: to rename an entry, add the old slug to aliases.)`,
      });
    }

    const messageKey = `${status} ${data.message}`;
    const messageOwner = messageOwners.get(messageKey);
    if (messageOwner) {
      problems.push({
        filePath,
        field: 'message',
        message: `status ${status} with "${data.message}" is already covered by ${messageOwner}. Merge the two entries: one entry per status and message.`,
      });
    } else {
      messageOwners.set(messageKey, filePath);
    }

    problems.push(...relatedProblems(filePath, data.related, ids, aliasOwners, entryIdsByFile.get(filePath)!));
    const missing = body === undefined ? [] : missingBodySections(body);
    if (missing.length > 0) {
      problems.push({ filePath, field: 'body', message: `needs ${missing.join('; ')}. See content/README.md.` });
    }

    problems.push(...exampleProblems(filePath, data));
  }
  return problems;
}

function relatedProblems(
  filePath: string,
  related: CatalogEntry['data']['related'],
  ids: ReadonlySet<string>,
  aliasOwners: ReadonlyMap<string, string>,
  ownId: string,
): CatalogProblem[] {
  const problem = (message: string): CatalogProblem => ({ filePath, field: 'related', message });
  const seen = new Set<string>();
  return related.flatMap(({ id }) => {
    if (id === ownId) return [problem(`lists this entry itself ("${id}"). Remove it: related entries are other errors.`)];
    if (seen.has(id)) return [problem(`lists "${id}" twice. Remove the second one.`)];
    seen.add(id);
    if (ids.has(id)) return [];
    const aliasOwner = aliasOwners.get(id);
    if (aliasOwner) return [problem(`"${id}" is an alias of ${aliasOwner}, not an entry. Use "${aliasOwner}".`)];
    return [problem(`"${id}" is not an entry. Use <status>/<slug> of an existing file in content/errors/.`)];
  });
}

function exampleProblems(filePath: string, data: CatalogEntry['data']): CatalogProblem[] {
  const example = parseExampleResponse(data.example);
  const problems: CatalogProblem[] = [];
  if (data.status !== 'tls' && example.status !== data.status) {
    problems.push({
      filePath,
      field: 'example',
      message: `must start with the status line "HTTP/1.1 ${data.status} …" (found "${data.example.split('\n', 1)[0]}").`,
    });
  }
  if (!bodyTexts(example.body).some((text) => containsMessage(text, data.message))) {
    problems.push({
      filePath,
      field: 'example',
      message: `does not contain the message "${data.message}". Show the body exactly as the gateway sends it.`,
    });
  }
  return problems;
}

/**
 * Published URLs are forever: every path in the committed manifest must still be built, as a
 * status page, a permalink or an alias redirect.
 */
export function findVanishedUrls(manifest: readonly string[], entries: readonly CatalogEntry[]): CatalogProblem[] {
  const built = new Set(publishedPaths(entries));
  return manifest
    .filter((path) => !built.has(path))
    .map((path) => ({
      filePath: 'content/published-urls.txt',
      field: path,
      message:
        'was published and is no longer built. If you renamed the entry or changed its status, add the old address to its aliases (a slug, or <status>/<slug>); if the gateway no longer sends the error, keep the entry and say so in it.',
    }));
}

export function formatCatalogProblems(problems: readonly CatalogProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map(({ filePath, field, message }) => `  ${filePath}\n    **${field}** ${message}`);
  return `The error catalog has ${count}:\n${lines.join('\n')}`;
}
