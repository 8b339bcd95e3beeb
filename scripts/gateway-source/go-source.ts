/**
 * Reading the gateway's Go source without a Go toolchain: the files of one tag from git, comments
 * blanked out (line numbers kept), string literals decoded, calls and return statements split into
 * their top-level arguments. Heuristic by design; extractors measure what it finds.
 */
import { execFileSync } from 'node:child_process';

export interface GoFile {
  path: string;
  /** The source with comments replaced by spaces, so offsets and line numbers still match. */
  code: string;
  lineStarts: number[];
}

/** Directories whose code never answers a client: tests, CI, tooling. */
const skipped = /(^|\/)(test|tests|testdata|ci|vendor|mock|mocks)\/|_test\.go$|^cli\//;

function git(repo: string, args: string[], input?: string): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, input });
}

/** Every non-test Go file at `tag`, read in one `git cat-file --batch` call. */
export function readGoFiles(repo: string, tag: string): GoFile[] {
  const paths = git(repo, ['ls-tree', '-r', '--name-only', tag])
    .split('\n')
    .filter((path) => path.endsWith('.go') && !skipped.test(path))
    .sort();
  const raw = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], {
    input: paths.map((path) => `${tag}:${path}`).join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  const files: GoFile[] = [];
  let offset = 0;
  for (const path of paths) {
    const headerEnd = raw.indexOf(10, offset);
    const size = Number(raw.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    const text = raw.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    offset = headerEnd + 1 + size + 1;
    files.push(goFile(path, text));
  }
  return files;
}

/** One Go file ready for extraction: comments blanked, line starts indexed. */
export function goFile(path: string, text: string): GoFile {
  const code = blankComments(text);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  return { path, code, lineStarts };
}

export function lineAt(file: GoFile, offset: number): number {
  let low = 0;
  let high = file.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (file.lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Replaces `//` and `/* *\/` comments with spaces, leaving strings, runes and newlines intact. */
export function blankComments(text: string): string {
  const out = text.split('');
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(text, i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') out[i++] = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
    } else i++;
  }
  return out.join('');
}

/** The offset just after the string or rune literal starting at `start`. */
export function skipString(text: string, start: number): number {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (quote !== '`' && text[i] === '\\') i++;
    if (quote !== '`' && text[i] === '\n') return i;
    i++;
  }
  return i + 1;
}

/** The offset of the bracket closing the one at `open`, or -1. */
export function matchingClose(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(code, i) - 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits an argument list (or a return statement's values) at its top-level commas. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') i = skipString(text, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = text.slice(from).trim();
  if (last) parts.push(last);
  return parts;
}

/** The end of a statement starting at `start`: the first newline outside brackets not after an operator. */
export function statementEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') i = skipString(code, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if ((c === '\n' || c === ';') && depth === 0) {
      const before = code.slice(start, i).trimEnd();
      if (!/[,+&|]$/.test(before)) return i;
    }
  }
  return code.length;
}

/** The value of a Go string literal (interpreted or raw), or undefined when `text` is not one. */
export function stringLiteral(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^`[^`]*`$/.test(trimmed)) return trimmed.slice(1, -1);
  if (!/^"(?:[^"\\\n]|\\.)*"$/.test(trimmed)) return undefined;
  return trimmed.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, escape: string) => {
    if (escape === 'n') return '\n';
    if (escape === 't') return '\t';
    if (escape.length > 1) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return escape;
  });
}

/** The enclosing function of each `func` declaration: its name (with receiver type), parameters, body span. */
export interface GoFunc {
  name: string;
  symbol: string;
  params: string[];
  /** Each parameter's type as written (`int`, `error`, `*http.Request`); grouped names (`a, b int`) share it. */
  paramTypes: string[];
  bodyStart: number;
  bodyEnd: number;
  body: string;
}

export function functionsOf(file: GoFile): GoFunc[] {
  const funcs: GoFunc[] = [];
  const declaration = /^func\s*(?:\(\s*\w*\s*\*?\s*(\w+)(?:\[[^\]]*\])?\s*\)\s*)?(\w+)\s*(?:\[[^\]]*\])?\s*\(/gm;
  for (const match of file.code.matchAll(declaration)) {
    const paramsOpen = match.index + match[0].length - 1;
    const paramsClose = matchingClose(file.code, paramsOpen);
    if (paramsClose < 0) continue;
    const bodyStart = bodyOpen(file.code, paramsClose + 1);
    const bodyEnd = bodyStart < 0 ? -1 : matchingClose(file.code, bodyStart);
    if (bodyEnd < 0) continue;
    const paramList = file.code.slice(paramsOpen + 1, paramsClose);
    const params = paramNames(paramList);
    const name = match[2]!;
    funcs.push({
      name,
      symbol: match[1] ? `${match[1]}.${name}` : name,
      params,
      paramTypes: paramTypes(paramList),
      bodyStart,
      bodyEnd,
      body: file.code.slice(bodyStart, bodyEnd),
    });
  }
  return funcs;
}

/** The `{` opening a function body, past result lists such as `(interface{}, int)`. */
function bodyOpen(code: string, from: number): number {
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '(') i = matchingClose(code, i);
    else if (c === '{') {
      if (!/(?:interface|struct)\s*$/.test(code.slice(Math.max(0, i - 12), i))) return i;
      i = matchingClose(code, i);
    }
    if (i < 0) return -1;
  }
  return -1;
}

/** Parameter names in order, `a, b string` giving two names. */
function paramTypes(list: string): string[] {
  const types = splitTopLevel(list).map((part) => part.trim().split(/\s+/).slice(1).join(' '));
  for (let index = types.length - 2; index >= 0; index--) if (!types[index]) types[index] = types[index + 1]!;
  return types;
}

function paramNames(list: string): string[] {
  return splitTopLevel(list).map((part) => {
    const words = part.split(/\s+/);
    return words.length > 1 || /^[a-z_]\w*$/.test(words[0] ?? '') ? words[0]! : '';
  });
}
