/**
 * The text of a Go error value, resolved statically where the source makes it knowable: a string
 * literal, `errors.New("…")` / `fmt.Errorf("…", …)` (any package's `New`, `Newf`, `Errorf`), a
 * package-level `var ErrX = errors.New("…")` (also `pkg.ErrX` through the file's imports), a local
 * variable assigned one of those earlier in the function, or a call to a function of the repository
 * whose every non-nil error return is one of those (one level deep). Anything else is unresolved
 * and reported as such, never guessed.
 */
import { dirname } from 'node:path';
import { functionsOf, goFile, splitTopLevel, statementEnd, stringLiteral, type GoFile, type GoFunc } from './go-source';

export interface ErrorTexts {
  /** Each text the value can have, format verbs kept. */
  texts: string[];
  /** Whether some path gives a value whose text cannot be known from the source. */
  unresolved: boolean;
}

const constructor = /^(?:\w+\.)?(?:New|Newf|Errorf)\(/;

interface PackageIndex {
  vars: Map<string, string>;
  funcs: Map<string, Array<{ file: GoFile; func: GoFunc }>>;
}

export class ErrorValueResolver {
  private readonly packages = new Map<string, PackageIndex>();
  private readonly imports = new Map<string, Map<string, string>>();
  private readonly files = new Map<string, { file: GoFile; funcs: GoFunc[] }>();

  constructor(sources: ReadonlyArray<{ file: string; source: string }>) {
    for (const { file: path, source } of sources) {
      const file = goFile(path, source);
      const funcs = functionsOf(file);
      this.files.set(path, { file, funcs });
      const index = this.packageIndex(dirname(path));
      for (const func of funcs) index.funcs.set(func.name, [...(index.funcs.get(func.name) ?? []), { file, func }]);
      const outside = maskBodies(file.code, funcs);
      for (const match of outside.matchAll(/^\t?(?:var\s+)?(\w+)(?:\s+error)?\s*=\s*((?:\w+\.)?(?:New|Newf|Errorf)\(.*)$/gm)) {
        const text = constructorText(match[2]!);
        if (text !== undefined) index.vars.set(match[1]!, text);
      }
      this.imports.set(path, importsOf(file.code));
    }
  }

  private packageIndex(dir: string): PackageIndex {
    if (!this.packages.has(dir)) this.packages.set(dir, { vars: new Map(), funcs: new Map() });
    return this.packages.get(dir)!;
  }

  /** The texts `expression`, written at `line` of `path`, can have. */
  resolve(expression: string, path: string, line: number): ErrorTexts {
    const entry = this.files.get(path);
    if (!entry) return { texts: [], unresolved: true };
    const offset = entry.file.lineStarts[line - 1] ?? 0;
    const func = entry.funcs.find((candidate) => candidate.bodyStart < offset && offset < candidate.bodyEnd);
    return this.resolveIn(expression, entry.file, func, offset, 0);
  }

  private resolveIn(expression: string, file: GoFile, func: GoFunc | undefined, offset: number, depth: number): ErrorTexts {
    const text = expression.trim().replace(/\.Error\(\)$/, '');
    const literal = stringLiteral(text);
    if (literal !== undefined) return { texts: [literal], unresolved: false };
    if (constructor.test(text)) {
      const made = constructorText(text);
      return made === undefined ? { texts: [], unresolved: true } : { texts: [made], unresolved: false };
    }
    const dir = dirname(file.path);
    if (/^\w+$/.test(text)) {
      const assigned = func && lastAssignment(file, func, text, offset);
      if (assigned) {
        if (assigned.position < 0) return this.resolveIn(assigned.value, file, func, assigned.offset, depth);
        return this.resolveCall(assigned.value, file, depth);
      }
      const value = this.packageIndex(dir).vars.get(text);
      return value === undefined ? { texts: [], unresolved: true } : { texts: [value], unresolved: false };
    }
    const qualified = /^(\w+)\.(\w+)$/.exec(text);
    if (qualified) {
      const target = this.imports.get(file.path)?.get(qualified[1]!);
      const value = target === undefined ? undefined : this.packageIndex(target).vars.get(qualified[2]!);
      return value === undefined ? { texts: [], unresolved: true } : { texts: [value], unresolved: false };
    }
    return this.resolveCall(text, file, depth);
  }

  /** The error texts a call returns: every non-nil value in the error position of the callee's returns. */
  private resolveCall(call: string, file: GoFile, depth: number): ErrorTexts {
    const match = /^(?:([\w.]+)\.)?(\w+)\(/.exec(call.trim());
    if (!match || depth > 0) return { texts: [], unresolved: true };
    const qualifier = match[1];
    const target = (qualifier && this.imports.get(file.path)?.get(qualifier)) || dirname(file.path);
    const candidates = this.packageIndex(target).funcs.get(match[2]!) ?? [];
    if (candidates.length !== 1) return { texts: [], unresolved: true };
    const { file: calleeFile, func } = candidates[0]!;
    const position = errorResultIndex(calleeFile.code, func);
    if (position < 0) return { texts: [], unresolved: true };
    const texts = new Set<string>();
    let unresolved = false;
    for (const returned of func.body.matchAll(/\breturn\b/g)) {
      const start = func.bodyStart + returned.index + 'return'.length;
      const values = splitTopLevel(calleeFile.code.slice(start, statementEnd(calleeFile.code, start)));
      const value = values.length === 1 && position > 0 ? undefined : values[position];
      if (value === undefined) {
        unresolved = true;
        continue;
      }
      if (value === 'nil') continue;
      const resolved = this.resolveIn(value, calleeFile, func, start, depth + 1);
      resolved.texts.forEach((text) => texts.add(text));
      unresolved ||= resolved.unresolved;
    }
    return { texts: [...texts], unresolved: unresolved || texts.size === 0 };
  }
}

/** The literal first argument of `errors.New("…")`, `fmt.Errorf("…", …)` and the like. */
function constructorText(text: string): string | undefined {
  const open = text.indexOf('(');
  const [first = ''] = splitTopLevel(text.slice(open + 1, text.lastIndexOf(')')));
  return stringLiteral(first);
}

/** The code with every function body blanked, so package-level declarations stand alone. */
function maskBodies(code: string, funcs: readonly GoFunc[]): string {
  let masked = code;
  for (const func of funcs) {
    const body = code.slice(func.bodyStart, func.bodyEnd).replace(/[^\n]/g, ' ');
    masked = masked.slice(0, func.bodyStart) + body + masked.slice(func.bodyEnd);
  }
  return masked;
}

/** Import names (alias or last path element) of the repository's own packages, mapped to their directory. */
function importsOf(code: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const match of code.matchAll(/^\s*(?:import\s+)?(\w+\s+)?"github\.com\/TykTechnologies\/tyk\/([\w/.-]+)"/gm)) {
    const dir = match[2]!;
    imports.set(match[1]?.trim() ?? dir.split('/').at(-1)!, dir);
  }
  return imports;
}

/**
 * The last assignment to `name` in `func` before `offset`: its right-hand side, and the position of
 * `name` on the left when the right-hand side is one call giving several values (-1 otherwise).
 */
function lastAssignment(
  file: GoFile,
  func: GoFunc,
  name: string,
  offset: number,
): { value: string; position: number; offset: number } | undefined {
  const before = file.code.slice(func.bodyStart + 1, offset);
  const pattern = new RegExp(`(?:^|[\\s;{])((?:\\w+\\s*,\\s*)*\\b${name}\\b(?:\\s*,\\s*\\w+)*)\\s*:?=(?!=)`, 'gm');
  let last: RegExpExecArray | undefined;
  for (const match of before.matchAll(pattern)) last = match;
  if (!last) return undefined;
  const start = func.bodyStart + 1 + last.index + last[0].length;
  const end = statementEnd(file.code, start);
  const right = file.code.slice(start, end).replace(/;.*$/s, '').trim();
  const left = last[1]!.split(',').map((part) => part.trim());
  if (/^range\b/.test(right)) return { value: '', position: 0, offset: start };
  const values = splitTopLevel(right);
  if (left.length > 1 && values.length === 1) return { value: right, position: left.indexOf(name), offset: start };
  return { value: values[left.indexOf(name)] ?? '', position: -1, offset: start };
}

/** Which result of `func` is the `error`, or -1. */
function errorResultIndex(code: string, func: GoFunc): number {
  const header = code.slice(code.lastIndexOf('\nfunc', func.bodyStart) + 1, func.bodyStart);
  const paramsOpen = header.indexOf(`${func.name}(`) + func.name.length;
  let depth = 0;
  let paramsClose = -1;
  for (let i = paramsOpen; i < header.length; i++) {
    if (header[i] === '(') depth++;
    if (header[i] === ')' && --depth === 0) {
      paramsClose = i;
      break;
    }
  }
  const results = header.slice(paramsClose + 1).trim();
  const list = results.startsWith('(') ? splitTopLevel(results.slice(1, results.lastIndexOf(')'))) : [results];
  return list.findIndex((result) => /(^|\s)error$/.test(result));
}
