/**
 * Renders an entry's MDX body to HTML while the content layer syncs, as Astro does for Markdown: no
 * entry becomes a bundler module. The body is parsed with MDX's own syntax (remark-mdx, the parser
 * @mdx-js/mdx compiles with) and GFM, turned into hast by remark-rehype, its components expanded
 * from the registry, then the Markdown processor's rehype plugins run and hast-util-to-html writes
 * it. Nothing in a body is evaluated: entries hold prose, code and registered components only, so
 * imports, exports, `{expressions}`, raw HTML and script URLs are author errors, named with their line.
 */
import type { ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxFlowElementHast,
  MdxJsxTextElement,
  MdxJsxTextElementHast,
} from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { entryRehypePlugins } from '../markdown-options';
import { entryComponents, type BodyContext } from './components';

export type { BodyContext } from './components';

/** A mistake in a body, at a line of the entry file. */
export interface BodyProblem {
  line: number;
  message: string;
}

export interface RenderedBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** The body as plain Markdown, each component written as Markdown, for the entry's Markdown twin. */
  markdown: string;
  /** The entries `<Entry>` links to, with the text it showed, so a warm build can tell when it is stale. */
  entryLinks: Record<string, string>;
}

export class BodyError extends Error {
  constructor(readonly problems: BodyProblem[]) {
    super(problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('\n'));
  }
}

const componentNames = Object.keys(entryComponents).join(', ');
const codeHint = 'Put it in backticks (`…`) if it is code, or escape it with a backslash (\\< or \\{) if it is prose.';
/** Link targets: http(s) URLs, site paths, relative paths and fragments. No javascript:, data:, vbscript: … */
const safeUrl = /^(https?:\/\/|\/|\.{0,2}\/|#|\?|[^:/?#]*([/?#]|$))/i;

type MdxJsxHast = MdxJsxFlowElementHast | MdxJsxTextElementHast;

function lineOf(node: { position?: { start: { line: number } } | undefined }, offset: number): number {
  return (node.position?.start.line ?? 1) + offset;
}

/** An image the browser would fetch from another host (`https://…`, `//host/…`): the site makes no third-party requests. */
const offSiteUrl = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

const offSiteImage = (url: string) =>
  `the image "${url}" is on another host, and the site makes no requests to third-party hosts. Put the image in public/ and use its path (/images/…), or link to it with [text](${url}).`;

/** Refuses what an entry must not contain, before anything renders. Returns whether the body uses components. */
function checkMdast(tree: MdastRoot, problems: BodyProblem[], offset: number): boolean {
  let hasComponents = false;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  visit(tree, (node: MdastNodes) => {
    const line = lineOf(node, offset);
    if (node.type === 'image' && offSiteUrl.test(node.url)) problems.push({ line, message: offSiteImage(node.url) });
    if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined && offSiteUrl.test(url)) problems.push({ line, message: offSiteImage(url) });
    }
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        hasComponents = true;
        break;
      case 'mdxjsEsm':
        problems.push({
          line,
          message: `\`${node.value.split('\n')[0]}\`: entries cannot import or export. Components (${componentNames}) are available in every entry without an import; write prose, code and those components only.`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line, message: `\`{${node.value}}\` is an MDX expression; entries cannot run code. ${codeHint}` });
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!safeUrl.test(node.url)) {
          problems.push({
            line,
            message: `the link target "${node.url}" is not allowed. Links go to http(s) URLs or to paths on this site (use <Entry id="…" /> for another entry).`,
          });
        }
        break;
    }
  });
  return hasComponents;
}

function attributeProblem(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, name: string): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute')
    return `<${name}> cannot take \`{${attribute.value}}\`: give each prop as name="text".`;
  if (typeof attribute.value !== 'string') {
    return attribute.value === null || attribute.value === undefined
      ? `<${name} ${attribute.name}> needs a value: ${attribute.name}="…".`
      : `<${name} ${attribute.name}={…}> cannot take an expression: give it as ${attribute.name}="text".`;
  }
  return undefined;
}

/** Replaces each component with its HTML, or records why it cannot be rendered. */
function expandComponents(
  tree: HastRoot,
  context: BodyContext,
  problems: BodyProblem[],
  offset: number,
  links: Record<string, string>,
) {
  const expand = (nodes: HastContent[], inParagraph: boolean): HastContent[] =>
    nodes.flatMap((node): HastContent[] => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') {
        if ('children' in node)
          node.children = expand(
            node.children as HastContent[],
            inParagraph || (node.type === 'element' && node.tagName === 'p'),
          ) as typeof node.children;
        return [node];
      }
      const element = node as MdxJsxHast;
      const line = lineOf(element, offset);
      const name = element.name ?? '';
      const component = entryComponents[name];
      if (!component) {
        const what =
          /^[a-z]/.test(name) || name === ''
            ? `<${name}> is raw HTML, which entries cannot contain. Write Markdown (headings, lists, \`code\`, [links](https://…)) or use a component: ${componentNames}.`
            : `<${name}> is not a component. Use one of: ${componentNames} (see content/README.md).`;
        problems.push({ line, message: `${what} ${/^[a-z]/.test(name) ? codeHint : ''}`.trim() });
        return [];
      }
      const props: Record<string, string> = {};
      let valid = true;
      for (const attribute of element.attributes) {
        const problem = attributeProblem(attribute, name);
        const propName = attribute.type === 'mdxJsxAttribute' ? attribute.name : '';
        const rule = component.props[propName];
        if (problem) {
          problems.push({ line, message: `${problem} Example: ${component.usage}` });
          valid = false;
        } else if (!rule) {
          problems.push({
            line,
            message: `<${name}> has no prop "${propName}". Props: ${Object.keys(component.props).join(', ')}. Example: ${component.usage}`,
          });
          valid = false;
        } else if (!rule.valid(attribute.value as string)) {
          problems.push({
            line,
            message: `<${name} ${propName}="${attribute.value as string}"> must be ${rule.describe}. Example: ${component.usage}`,
          });
          valid = false;
        } else {
          props[propName] = attribute.value as string;
        }
      }
      for (const [propName, rule] of Object.entries(component.props)) {
        if (rule.required && !(propName in props) && valid) {
          problems.push({ line, message: `<${name}> needs ${propName}: ${rule.describe}. Example: ${component.usage}` });
          valid = false;
        }
      }
      const children = expand(element.children as HastContent[], false) as ElementContent[];
      if (!component.block && children.length > 0) {
        problems.push({ line, message: `<${name}> takes no content: close it as <${name} … />. Example: ${component.usage}` });
        valid = false;
      }
      const checkProblem = valid ? component.check?.(props, context) : undefined;
      if (checkProblem) problems.push({ line, message: `<${name}> ${checkProblem}` });
      if (!valid || checkProblem) return [];
      if (name === 'Entry') links[props.id!] = context.entries.get(props.id!)!.message;
      const rendered = [component.render(props, context, withLineEndings(children))]
        .flat()
        .map((part): ElementContent => (typeof part === 'string' ? { type: 'text', value: part } : part));
      // An inline component alone on its line is a paragraph of its own, as Markdown would make it.
      return !component.block && !inParagraph && node.type === 'mdxJsxFlowElement'
        ? [{ type: 'element', tagName: 'p', properties: {}, children: rendered }]
        : rendered;
    });
  tree.children = expand(tree.children, false) as HastRoot['children'];
}

/** The source from `from` to `to` with each component in `parent` replaced by its Markdown (run after rendering succeeded). */
function componentsAsMarkdown(source: string, from: number, to: number, parent: MdastNodes, context: BodyContext): string {
  const found: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  visit(parent, (node: MdastNodes) => {
    if (node === parent || (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')) return undefined;
    found.push(node);
    return SKIP;
  });
  let markdown = '';
  let cursor = from;
  for (const node of found) {
    markdown += source.slice(cursor, node.position!.start.offset);
    const props = Object.fromEntries(
      node.attributes.map((attribute) => [(attribute as MdxJsxAttribute).name, String(attribute.value)]),
    );
    const [first, last] = [node.children[0], node.children.at(-1)];
    const children =
      first && last ? componentsAsMarkdown(source, first.position!.start.offset!, last.position!.end.offset!, node, context) : '';
    markdown += entryComponents[node.name!]!.markdown(props, context, children);
    cursor = node.position!.end.offset!;
  }
  return markdown + source.slice(cursor, to);
}

/** Block children separated by line endings, as remark-rehype writes a blockquote's. */
function withLineEndings(children: ElementContent[]): ElementContent[] {
  const blocks = children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return blocks.flatMap((child, index) => (index === 0 ? [child] : [{ type: 'text', value: '\n' } as const, child]));
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const toHast = unified()
  .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
  .freeze();
const rehype = unified()
  .use(entryRehypePlugins as unknown as PluggableList)
  .freeze();

/**
 * Renders one body. `lineOffset` is the number of lines before the body in its file (the
 * frontmatter), so problems name lines of the file. Throws BodyError listing every problem.
 */
export async function renderBody(body: string, filePath: string, context: BodyContext, lineOffset = 0): Promise<RenderedBody> {
  const file = new VFile({ value: body, path: filePath, data: { astro: { frontmatter: {} } } });
  let mdast: MdastRoot;
  try {
    mdast = parser.parse(file);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    throw new BodyError([
      {
        line: (line ?? 1) + lineOffset,
        message: `MDX cannot parse this: ${reason ?? String(error)}. A raw < or { in prose starts a tag or an expression in MDX. ${codeHint}`,
      },
    ]);
  }
  const problems: BodyProblem[] = [];
  const hasComponents = checkMdast(mdast, problems, lineOffset);
  if (problems.length > 0) throw new BodyError(problems);
  const hast = (await toHast.run(mdast, file)) as HastRoot;
  const entryLinks: Record<string, string> = {};
  // Most entries use no component: they skip both walks that only look for one.
  if (hasComponents) expandComponents(hast, context, problems, lineOffset, entryLinks);
  if (problems.length > 0) throw new BodyError(problems.sort((a, b) => a.line - b.line));
  const final = (await rehype.run(hast, file)) as HastRoot;
  const headings = (file.data as { astro?: { headings?: RenderedBody['headings'] } }).astro?.headings ?? [];
  const markdown = (hasComponents ? componentsAsMarkdown(body, 0, body.length, mdast, context) : body).trim();
  return { html: toHtml(final), headings, markdown, entryLinks };
}
