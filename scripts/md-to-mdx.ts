/**
 * Turns Markdown entries into MDX entries that render the same: `git mv` each
 * content/errors/<status>/<slug>.md to .mdx (history follows), then escapes what MDX would read as
 * a tag or an expression (`<` and `{` in prose, outside code) with a backslash, which Markdown and
 * MDX both render as the character itself. Run `npx tsx scripts/md-to-mdx.ts` after merging a
 * branch that added `.md` entries; it changes nothing when there are none.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { projectRoot } from './lib/site-copy';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The body with every `<` and `{` outside code escaped; throws on what has no MDX equivalent. */
export function escapeForMdx(body: string, file: string): string {
  const tree = parser.parse(body) as Root;
  const code: [number, number][] = [];
  visit(tree, (node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    if (node.type === 'code' || node.type === 'inlineCode') code.push([start.offset, end.offset]);
    if (node.type === 'html')
      throw new Error(`${file}:${start.line}: raw HTML (${node.value}) has no MDX equivalent; rewrite it by hand.`);
    if (node.type === 'link' && body[start.offset] === '<') {
      throw new Error(`${file}:${start.line}: an autolink <${node.url}> is not MDX; write [${node.url}](${node.url}).`);
    }
  });
  let result = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    const inCode = code.some(([start, end]) => index >= start && index < end);
    if ((char === '<' || char === '{') && !inCode && body[index - 1] !== '\\') result += '\\';
    result += char;
  }
  return result;
}

if (import.meta.filename === process.argv[1]) {
  const errorsDir = join(projectRoot, 'content/errors');
  const files = readdirSync(errorsDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md'));
  for (const path of files) {
    const from = join(errorsDir, path);
    const to = from.replace(/\.md$/, '.mdx');
    execFileSync('git', ['mv', from, to], { cwd: projectRoot });
    const text = readFileSync(to, 'utf8');
    const end = text.indexOf('\n---', 3) + 4;
    const escaped = text.slice(0, end) + escapeForMdx(text.slice(end), path);
    if (escaped !== text) writeFileSync(to, escaped);
  }
  console.log(`${files.length} entries converted to MDX.`);
}
