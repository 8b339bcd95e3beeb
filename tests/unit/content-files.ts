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
    .filter((path) => /\.mdx?$/.test(path))
    .sort()
    .map((path) => {
      const text = readFileSync(join(errorsDir, path), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${path} has no frontmatter block`);
      return {
        id: path.replace(/\.mdx?$/, ''),
        filePath: relative(projectRoot, join(errorsDir, path)),
        frontmatter: parse(match[1]!) as Record<string, unknown>,
        body: match[2]!,
      };
    });
}

/** The text under a `## heading` up to the next `## ` heading. */
export function section(body: string, heading: string): string {
  const start = body.indexOf(`\n## ${heading}\n`);
  if (start === -1 && !body.startsWith(`## ${heading}\n`)) return '';
  const from = start === -1 ? 0 : start + 1;
  const rest = body.slice(from + heading.length + 4);
  const next = rest.search(/^## /m);
  return (next === -1 ? rest : rest.slice(0, next)).trim();
}
