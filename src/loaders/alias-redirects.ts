/**
 * Reads every entry's `aliases` straight from content/errors for Astro's `redirects` config, which is
 * settled before the content layer runs. The content layer still validates the aliases (unique
 * URLs, kebab-case); this only maps each alias URL to its entry's permalink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { aliasPath, permalinkPath } from '../lib/urls';

interface AliasFrontmatter {
  status?: number | 'tls';
  slug?: string;
  aliases?: string[];
}

export function readEntryFrontmatter(errorsDir: string): AliasFrontmatter[] {
  return readdirSync(errorsDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path))
    .map((path) => {
      const [, frontmatter = ''] = readFileSync(join(errorsDir, path), 'utf8').split(/^---$/m);
      return (parse(frontmatter) ?? {}) as AliasFrontmatter;
    });
}

export function aliasRedirects(errorsDir: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const { status, slug, aliases = [] } of readEntryFrontmatter(errorsDir)) {
    if (status === undefined || !slug) continue;
    for (const alias of aliases) redirects[aliasPath(status, alias)] = permalinkPath(status, slug);
  }
  return redirects;
}
