/** The catalog's entry files, for the scripts that read or fill entries. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every entry file under a folder of the catalog (`content/errors`). */
export function entryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((dirent) =>
    dirent.isDirectory() ? entryFiles(join(dir, dirent.name)) : /\.mdx$/.test(dirent.name) ? [join(dir, dirent.name)] : [],
  );
}

/** An entry file's frontmatter, parsed, and where it ends (the `\n---` that closes it), for scripts that write it back. */
export function frontmatterOf<T>(text: string): { data: T; end: number } {
  const end = text.indexOf('\n---', 4);
  return { data: parse(text.slice(4, end)) as T, end };
}
