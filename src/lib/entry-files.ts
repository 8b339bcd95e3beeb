/**
 * What a file in content/errors must be before its frontmatter is parsed: an entry file (by its
 * extension), plain UTF-8 text without a byte-order mark, opening with a `---` block of YAML
 * indented with spaces and closed by a `---` line. Each problem names the file, the line where
 * there is one, and what to do. Astro's own parser reads the YAML afterwards; nothing here parses it.
 */
import type { CatalogProblem } from './catalog-rules';

/** The file extensions of entries. Any other file in content/errors is refused, never skipped. */
export const entryExtensions = ['.mdx'] as const;

/** The glob pattern for Astro's glob loader, from `entryExtensions`. */
export const entryPattern = `**/*{${entryExtensions.join(',')}}`;

/** The entry id of a file: its path under content/errors without the extension (`403/quota-exceeded`). */
export function entryId(path: string): string {
  const extension = entryExtensions.find((candidate) => path.endsWith(candidate)) ?? '';
  return path.slice(0, path.length - extension.length);
}

/**
 * An entry is a page of prose: the largest real one is under 8 KB. Far beyond that is a pasted log
 * or a generated file, and would make one page (and the search index) heavy for every reader.
 */
export const maxEntryBytes = 64 * 1024;

const accepted = entryExtensions.map((extension) => `<slug>${extension}`).join(' or ');

/** Folder metadata operating systems write on their own (and .gitignore keeps out of the repository). */
const systemFiles = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

export function isSystemFile(filePath: string): boolean {
  return systemFiles.has(filePath.split('/').at(-1) ?? '');
}

/** A file under content/errors that is not an entry file (wrong extension, a link, a stray file). */
export function findNonEntryProblem(filePath: string, kind: 'file' | 'symlink' | 'other'): CatalogProblem | undefined {
  if (kind === 'symlink') {
    return {
      filePath,
      field: 'file',
      message:
        'is a symbolic link. Entries must be real files in content/errors/<status>/: replace the link with the file itself.',
    };
  }
  if (kind === 'file' && entryExtensions.some((extension) => filePath.endsWith(extension))) return undefined;
  const markdown = /\.(md|markdown)$/i.exec(filePath);
  if (kind === 'file' && markdown) {
    const renamed = `${filePath.slice(filePath.lastIndexOf('/') + 1, markdown.index)}.mdx`;
    return {
      filePath,
      field: 'file',
      message: `is a Markdown file, and entries are MDX: rename it to ${renamed} (\`git mv\` keeps its history). Its Markdown needs no change.`,
    };
  }
  return {
    filePath,
    field: 'file',
    message: `is not an entry: only ${accepted} files belong in content/errors/<status>/ (names are case-sensitive). Rename it if it is an entry; otherwise move it out of content/errors/.`,
  };
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Problems in an entry file's raw text: encoding, size and the frontmatter's delimiters and indentation. */
export function findEntryTextProblems(filePath: string, text: string, byteLength: number): CatalogProblem[] {
  const problem = (field: string, message: string): CatalogProblem[] => [{ filePath, field, message }];
  if (byteLength > maxEntryBytes) {
    return problem(
      'file',
      `is ${Math.ceil(byteLength / 1024)} KB; an entry is at most ${maxEntryBytes / 1024} KB. Keep the explanation to what a reader needs and link to long material instead of pasting it.`,
    );
  }
  if (text.startsWith('\uFEFF')) {
    return problem(
      'file',
      'starts with a byte-order mark (an invisible U+FEFF some editors add). Save the file as UTF-8 without a BOM.',
    );
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return problem(
      `line ${lineOf(text, replacement)}`,
      'has bytes that are not UTF-8 (or a � character). Save the file as UTF-8 and retype the characters shown as �.',
    );
  }
  if (text.trim() === '') {
    return problem(
      'file',
      'is empty. An entry starts with a `---` block of frontmatter; copy the template in content/README.md.',
    );
  }
  const lines = text.split(/\r?\n/);
  if (lines[0] !== '---') {
    return problem(
      'line 1',
      'must be `---`, opening the YAML frontmatter (status, message, slug, …). Put the frontmatter first, between two `---` lines; see content/README.md.',
    );
  }
  const closing = lines.indexOf('---', 1);
  if (closing === -1) {
    return problem(
      'frontmatter',
      'is never closed: add a line with only `---` after the last field (the `example`), before the body.',
    );
  }
  const tabbed = lines.slice(1, closing).findIndex((line) => /^ *\t/.test(line));
  if (tabbed !== -1) {
    return problem(`line ${tabbed + 2}`, 'is indented with a tab. YAML allows only spaces: indent with two spaces.');
  }
  return [];
}

/** Advice for the YAML errors Astro's frontmatter parser (js-yaml) reports, keyed by its reason. */
const yamlAdvice: Array<[RegExp, string]> = [
  [/duplicated mapping key/, 'A field appears twice: keep one and delete or merge the other.'],
  [/tab characters/, 'YAML allows only spaces: indent with two spaces.'],
];

/** Rewords a YAML error from Astro's parser for authors: the file, the line, what went wrong and what to do. */
export function yamlProblem(filePath: string, reason: string, line: number | undefined): CatalogProblem {
  const advice =
    yamlAdvice.find(([pattern]) => pattern.test(reason))?.[1] ??
    'Check the YAML on this line and the ones before it: close every quote, and quote text that contains ": " or " #", or starts with a quote, *, &, !, %, @, [ or {.';
  return {
    filePath,
    field: line === undefined ? 'frontmatter' : `line ${line}`,
    message: `is not valid YAML (${reason}). ${advice}`,
  };
}

/**
 * True when the parsed frontmatter holds one object or list in two places: the YAML used an
 * anchor and alias (`&name` / `*name`), the ingredient of an alias bomb. Entries never need them.
 */
function reusesValues(data: unknown, seen = new Set<object>()): boolean {
  if (data === null || typeof data !== 'object') return false;
  if (seen.has(data)) return true;
  seen.add(data);
  return Object.values(data).some((value) => reusesValues(value, seen));
}

/** Problems with the parsed frontmatter as a whole, before the schema checks its fields. */
export function findFrontmatterProblems(filePath: string, data: unknown): CatalogProblem[] {
  const problem = (message: string): CatalogProblem[] => [{ filePath, field: 'frontmatter', message }];
  if (Array.isArray(data) || data === null || typeof data !== 'object') {
    return problem('must be fields, one per line (`status: 403`), not a list or a single value. See content/README.md.');
  }
  if (reusesValues(data)) {
    return problem('uses YAML anchors and aliases (`&name`, `*name`). Write each value out in full where it is used.');
  }
  return [];
}
