/** Reads the real catalog from content/errors the way the content layer does: frontmatter and body per file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export const projectRoot = resolve(import.meta.dirname, '../..');
const errorsDir = join(projectRoot, 'content/errors');

export interface ContentFile {
  id: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export function readCatalogFiles(): ContentFile[] {
  return readdirSync(errorsDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx$/.test(path))
    .sort()
    .map((path) => {
      const text = readFileSync(join(errorsDir, path), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path} has no frontmatter block`);
      return {
        id: path.replace(/\.mdx$/, ''),
        filePath: relative(projectRoot, join(errorsDir, path)),
        frontmatter: parse(match[1]!) as Record<string, unknown>,
        body: match[2]!,
      };
    });
}

export { section } from '../../src/lib/entry-sections';
