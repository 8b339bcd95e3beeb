/**
 * The content-layer loader for the error catalog: every file checked as text first, then Astro's
 * glob loader (the one frontmatter parser), with ids taken from the file path
 * (`403/key-not-authorised`) so no entry can silently replace another, followed by the
 * catalog-wide rules and the check that no published URL disappears. A broken catalog fails
 * `astro sync`, `astro check` and `astro build` alike.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findCatalogProblems,
  findVanishedUrls,
  formatCatalogProblems,
  type CatalogEntry,
  type CatalogProblem,
} from '../lib/catalog-rules';
import {
  entryId,
  entryPattern,
  findEntryTextProblems,
  findFrontmatterProblems,
  findNonEntryProblem,
  isSystemFile,
  yamlProblem,
} from '../lib/entry-files';
import { publishedPaths } from '../lib/urls';

/** The committed list of every URL ever published, one path per line. */
async function readPublishedUrls(manifestPath: string): Promise<string[]> {
  const text = await readFile(manifestPath, 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

const manifestHeader =
  '# Every URL this site has published. Never remove a line: the build fails if a listed URL is no longer built.';

/**
 * `npm run urls:record` (astro sync with RECORD_PUBLISHED_URLS=1): adds every URL the catalog now
 * publishes to the manifest. It only ever adds, so a URL that disappeared still fails below.
 */
async function recordPublishedUrls(manifestPath: string, recorded: string[], entries: CatalogEntry[]): Promise<void> {
  const all = [...new Set([...recorded, ...publishedPaths(entries)])].sort();
  await writeFile(manifestPath, `${manifestHeader}\n${all.join('\n')}\n`);
  console.log(`${all.length - recorded.length} URLs added; ${all.length} listed in ${manifestPath}.`);
}

type EntryInfo = (params: { fileUrl: URL; contents: string }) => Promise<{ data: Record<string, unknown> }>;
type EntryTypes = Map<string, { getEntryInfo: EntryInfo }>;

/**
 * Every file under content/errors must be an entry: each is read as UTF-8 text and checked before Astro parses
 * it, so a file that is not an entry, or one Astro would read wrongly (a BOM, bytes that are not
 * UTF-8, an unclosed frontmatter), is refused by name instead of skipped or misread.
 */
async function findFileProblems(root: string, base: string): Promise<CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  const directory = join(root, base);
  for (const dirent of await readdir(directory, { recursive: true, withFileTypes: true })) {
    const path = join(dirent.parentPath, dirent.name);
    const filePath = relative(root, path);
    if (dirent.isDirectory() || isSystemFile(filePath)) continue;
    const kind = dirent.isSymbolicLink() ? 'symlink' : dirent.isFile() ? 'file' : 'other';
    const nonEntry = findNonEntryProblem(filePath, kind);
    if (nonEntry) {
      problems.push(nonEntry);
      continue;
    }
    const bytes = await readFile(path);
    problems.push(
      ...findEntryTextProblems(filePath, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), bytes.byteLength),
    );
  }
  return problems;
}

/**
 * The reason and file line of a YAML error from Astro's frontmatter parser. MDX rethrows js-yaml's
 * error with the file line; Markdown wraps it in a MarkdownError whose line is one less.
 */
function yamlError(error: unknown): { reason: string; line: number | undefined } | undefined {
  const { name, reason, message, loc } = error as { name?: string; reason?: string; message: string; loc?: { line?: number } };
  const line = loc?.line;
  if (name === 'YAMLException') return { reason: reason ?? message, line };
  if (name === 'MarkdownError') return { reason: message, line: line === undefined ? undefined : line + 1 };
  return undefined;
}

/**
 * Astro's parser for each entry type, wrapped: a YAML error is reworded with the file, the line and
 * what to do, and frontmatter that reuses values through YAML aliases is refused before the schema
 * walks it. (`entryTypes` is what Astro hands the glob loader; without it, Astro's own errors stand.)
 */
function checkedEntryTypes(entryTypes: EntryTypes | undefined, root: string): EntryTypes | undefined {
  if (!entryTypes) return undefined;
  const checked: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    const getEntryInfo: EntryInfo = async (params) => {
      const filePath = relative(root, fileURLToPath(params.fileUrl));
      let info: Awaited<ReturnType<EntryInfo>>;
      try {
        info = await entryType.getEntryInfo(params);
      } catch (error) {
        const yaml = yamlError(error);
        if (!yaml) throw error;
        throw new Error(formatCatalogProblems([yamlProblem(filePath, yaml.reason, yaml.line)]), { cause: error });
      }
      const problems = findFrontmatterProblems(filePath, info.data);
      if (problems.length > 0) throw new Error(formatCatalogProblems(problems));
      return info;
    };
    checked.set(extension, { ...entryType, getEntryInfo });
  }
  return checked;
}

export function errorCatalogLoader(base: string, manifestPath: string): Loader {
  const files = glob({ pattern: entryPattern, base, generateId: ({ entry }) => entryId(entry) });
  return {
    name: 'error-catalog',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const fileProblems = await findFileProblems(root, base);
      if (fileProblems.length > 0) throw new Error(formatCatalogProblems(fileProblems));
      const { entryTypes } = context as typeof context & { entryTypes?: EntryTypes };
      await files.load({ ...context, entryTypes: checkedEntryTypes(entryTypes, root) } as typeof context);
      const entries = [...context.store.values()] as unknown as CatalogEntry[];
      const manifest = join(root, manifestPath);
      const recorded = await readPublishedUrls(manifest);
      const catalogProblems = findCatalogProblems(entries);
      if (process.env['RECORD_PUBLISHED_URLS'] && catalogProblems.length === 0) {
        await recordPublishedUrls(manifest, recorded, entries);
      }
      const problems = [...catalogProblems, ...findVanishedUrls(recorded, entries)];
      if (problems.length > 0) throw new Error(formatCatalogProblems(problems));
    },
  };
}
