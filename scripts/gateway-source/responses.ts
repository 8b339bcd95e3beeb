/**
 * Finds every client-facing (status, message) the gateway writes, at one tag: middleware
 * `return err, status` pairs, `doJSONWrite(w, status, apiError(msg))`, `return apiError(msg), status`,
 * `http.Error`, `ErrorHandler.HandleError`, the `TykErrors` override map (and every use of its keys),
 * and, one call deeper each round, helpers that pass a message parameter into any of those.
 * Constants, error variables and `http.StatusX` names are resolved to their values.
 */
import { dirname } from 'node:path';
import {
  functionsOf,
  lineAt,
  matchingClose,
  splitTopLevel,
  statementEnd,
  stringLiteral,
  type GoFile,
  type GoFunc,
} from './go-source';
import { httpStatusCodes } from './http-status';

export type ResponseKind = 'proxy' | 'gateway-api' | 'oauth' | 'health' | 'batch';

export interface ResponseRow {
  status: number;
  message: string;
  kind: ResponseKind;
  file: string;
  line: number;
  symbol: string;
  overrideKey: string;
}

/** A value an expression resolves to: a fixed value, or whatever the caller passes as parameter `param`. */
type Resolved<T> = { value: T } | { param: number } | undefined;

interface Sink {
  message: number | string;
  status: number | { param: number };
  viaApiError: boolean;
}

interface Constants {
  strings: Map<string, Map<string, string>>;
  numbers: Map<string, Map<string, number>>;
}

const errorConstructors = /^(?:errors\.New|errpack\.New|fmt\.Errorf|fmt\.Sprintf|apiError|\w+\.apiError|errors\.Errorf)\s*\(/;

export function extractResponses(files: GoFile[]): ResponseRow[] {
  const funcsByFile = new Map(files.map((file) => [file.path, functionsOf(file)]));
  const constants = collectConstants(files, funcsByFile);
  const rows: ResponseRow[] = [];
  const overrides = collectOverrides(files, constants, rows);

  const lookup = <T>(table: Map<string, Map<string, T>>, dir: string, name: string): T | undefined => {
    const [qualifier, ident] = name.includes('.') ? name.split('.') : [undefined, name];
    const own = qualifier ? undefined : table.get(dir)?.get(ident!);
    if (own !== undefined) return own;
    for (const [otherDir, values] of table) {
      if (qualifier && !otherDir.endsWith(`/${qualifier}`) && otherDir !== qualifier) continue;
      const value = values.get(ident!);
      if (value !== undefined) return value;
    }
    return undefined;
  };

  const resolveMessage = (expr: string, dir: string, fn: GoFunc, depth = 0): Resolved<string> => {
    const text = expr.trim();
    if (depth > 4) return undefined;
    const literal = stringLiteral(text);
    if (literal !== undefined) return { value: literal };
    const call = errorConstructors.exec(text) ?? /^string\s*\(/.exec(text);
    if (call) {
      const close = matchingClose(text, call[0].length - 1);
      if (close !== text.length - 1) return undefined;
      const [format, ...args] = splitTopLevel(text.slice(call[0].length, close));
      const resolved = format === undefined ? undefined : resolveMessage(format, dir, fn, depth + 1);
      if (!resolved || !('value' in resolved) || !/^fmt\.(Errorf|Sprintf)/.test(text)) return resolved;
      return { value: fillWrappedErrors(resolved.value, args, (arg) => resolveMessage(arg, dir, fn, depth + 1)) };
    }
    if (/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/.test(text)) {
      const param = fn.params.indexOf(text);
      if (param >= 0) return { param };
      const value = lookup(constants.strings, dir, text);
      if (value !== undefined) return { value };
      // A local `message := "…" + field` or `const errMsg = "…"` built just before use.
      const local = new RegExp(`(?<![\\w.])(?:const\\s+)?${text}\\s*(?::=|=)(?!=)\\s*`).exec(fn.body);
      if (!local) return undefined;
      const start = local.index + local[0].length;
      return resolveMessage(fn.body.slice(start, statementEnd(fn.body, start)), dir, fn, depth + 1);
    }
    const parts = splitConcatenation(text);
    if (parts.length > 1) {
      const values = parts.map((part) => resolveMessage(part, dir, fn, depth + 1));
      if (!values.some((value) => value && 'value' in value)) return undefined;
      return { value: values.map((value) => (value && 'value' in value ? value.value : '%s')).join('') };
    }
    return undefined;
  };

  const resolveStatus = (expr: string, dir: string, fn: GoFunc): Resolved<number> => {
    const text = expr.trim();
    if (/^\d{3}$/.test(text)) {
      const value = Number(text);
      return value >= 100 && value <= 599 ? { value } : undefined;
    }
    const named = /^(?:http\.)(Status\w+)$/.exec(text);
    if (named) return httpStatusCodes[named[1]!] ? { value: httpStatusCodes[named[1]!]! } : undefined;
    if (/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/.test(text)) {
      const param = fn.params.indexOf(text);
      // `func prmError(w, r, err error, code int)`: only an integer parameter can carry the status.
      if (param >= 0) return /^(?:int\w*|)$/.test(fn.paramTypes[param] ?? '') ? { param } : undefined;
      const value = lookup(constants.numbers, dir, text);
      return value === undefined ? undefined : { value };
    }
    return undefined;
  };

  const kindOf = (path: string, viaApiError: boolean): ResponseKind => {
    if (/oauth/i.test(path) && !/mw_oauth2_key_exists|mw_external_oauth|mw_oauth2\b|upstreamoauth/.test(path)) return 'oauth';
    if (viaApiError || /gateway\/(api|mcp_api|api_definition_handlers)\.go$/.test(path)) return 'gateway-api';
    if (/health_check/.test(path)) return 'health';
    if (/batch_requests/.test(path)) return 'batch';
    return 'proxy';
  };

  const builtinSinks: Array<{
    pattern: RegExp;
    message: number;
    status: { param: number };
    viaApiError: boolean;
    requireApiError?: boolean;
  }> = [
    { pattern: /\bhttp\.Error\s*\(/g, message: 1, status: { param: 2 }, viaApiError: false },
    { pattern: /\.HandleError\s*\(/g, message: 2, status: { param: 3 }, viaApiError: false },
    { pattern: /\bdoJSONWrite\s*\(/g, message: 2, status: { param: 1 }, viaApiError: true, requireApiError: true },
  ];
  const derivedSinks = new Map<string, Sink[]>();
  const seen = new Set<string>();

  const emit = (file: GoFile, fn: GoFunc, offset: number, status: number, message: string, viaApiError: boolean) => {
    if (!message.trim()) return;
    const line = lineAt(file, offset);
    const key = `${file.path}\t${line}\t${status}\t${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({
      status,
      message,
      kind: kindOf(file.path, viaApiError),
      file: file.path,
      line,
      symbol: fn.symbol,
      overrideKey: '',
    });
  };

  /** A (message, status) pair found in `fn`: a row when both are fixed, a new sink when either is a parameter. */
  const record = (
    file: GoFile,
    fn: GoFunc,
    offset: number,
    message: Resolved<string>,
    status: Resolved<number>,
    viaApiError: boolean,
  ) => {
    if (!message || !status) return false;
    if ('value' in message && 'value' in status) {
      emit(file, fn, offset, status.value, message.value, viaApiError);
      return false;
    }
    const sink: Sink = {
      message: 'value' in message ? message.value : message.param,
      status: 'value' in status ? status.value : { param: status.param },
      viaApiError,
    };
    const known = derivedSinks.get(fn.name) ?? [];
    if (known.some((other) => JSON.stringify(other) === JSON.stringify(sink))) return false;
    derivedSinks.set(fn.name, [...known, sink]);
    return true;
  };

  const scanCalls = (
    file: GoFile,
    fn: GoFunc,
    pattern: RegExp,
    sink: { message: number | string; status: number | { param: number }; viaApiError: boolean; requireApiError?: boolean },
  ) => {
    let grew = false;
    const body = file.code.slice(fn.bodyStart, fn.bodyEnd);
    for (const match of body.matchAll(pattern)) {
      const open = fn.bodyStart + match.index + match[0].length - 1;
      const close = matchingClose(file.code, open);
      if (close < 0) continue;
      const args = splitTopLevel(file.code.slice(open + 1, close));
      const dir = dirname(file.path);
      const message =
        typeof sink.message === 'string'
          ? { value: sink.message }
          : args[sink.message] && resolveMessage(args[sink.message]!, dir, fn);
      const statusArg = typeof sink.status === 'number' ? undefined : args[sink.status.param];
      const status = typeof sink.status === 'number' ? { value: sink.status } : statusArg && resolveStatus(statusArg, dir, fn);
      // doJSONWrite also writes successes and whole objects: only its apiError(msg) bodies are errors.
      if (sink.requireApiError && !/^(?:\w+\.)?apiError\s*\(/.test(args[sink.message as number] ?? '')) continue;
      if (message || typeof sink.message === 'string') {
        grew = record(file, fn, open, message || undefined, status || undefined, sink.viaApiError) || grew;
        continue;
      }
      for (const returned of flowedMessages(args[sink.message] ?? '', file.code.slice(fn.bodyStart, open))) {
        grew = record(file, fn, open, { value: returned }, status || undefined, sink.viaApiError) || grew;
      }
    }
    return grew;
  };

  /** OAuth-style JSON errors: `writeJSONError(w, r, http.StatusUnauthorized, …, map[string]string{oas.OAuth2FieldError: code})`. */
  const scanJsonErrors = (file: GoFile, fn: GoFunc) => {
    const dir = dirname(file.path);
    for (const match of fn.body.matchAll(/\b(?:\w+\.)*write\w*Error\w*\s*\(/g)) {
      const open = fn.bodyStart + match.index + match[0].length - 1;
      const close = matchingClose(file.code, open);
      if (close < 0) continue;
      const args = splitTopLevel(file.code.slice(open + 1, close));
      const status = args.map((arg) => resolveStatus(arg, dir, fn)).find((resolved) => resolved && 'value' in resolved);
      const localMap = (name: string) =>
        new RegExp(`\\b${name}\\s*:=\\s*(map\\[string\\]\\w+\\s*\\{[^}]*\\})`).exec(fn.body)?.[1];
      const map = args
        .map((arg) => (/^[A-Za-z_]\w*$/.test(arg) ? (localMap(arg) ?? arg) : arg))
        .find((arg) => /^map\[string\]\w+\s*\{/.test(arg));
      const code = map && /(?:\w+\.OAuth2FieldError|"error")\s*:\s*([^,}]+)/.exec(map)?.[1];
      if (!status || !code) continue;
      const message = resolveMessage(code, dir, fn);
      if (message && 'value' in message && 'value' in status) emit(file, fn, open, status.value, message.value, false);
    }
  };

  const scanReturns = (file: GoFile, fn: GoFunc) => {
    let grew = false;
    const dir = dirname(file.path);
    const body = file.code.slice(fn.bodyStart, fn.bodyEnd);
    // `return err, status` and `err, code = errors.New(…), http.StatusBadRequest`
    for (const match of body.matchAll(/\breturn\s|[\w\s,]+?(?<![=!<>:])(?::=|=)(?!=)\s*/g)) {
      const start = fn.bodyStart + match.index + match[0].length;
      const values = splitTopLevel(file.code.slice(start, statementEnd(file.code, start)));
      if (values.length < 2) continue;
      const statuses = values.map((value) => resolveStatus(value, dir, fn));
      const statusIndex = statuses.findIndex((status) => status !== undefined);
      if (statusIndex < 0 || statuses.filter(Boolean).length > 1) continue;
      for (const [index, value] of values.entries()) {
        if (index === statusIndex) continue;
        const isIdentifier = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/.test(value);
        // `return "Paired REST API " + id + " is …", http.StatusBadRequest`: a message and its status.
        const isText = /^["`]/.test(value);
        if (!errorConstructors.test(value) && !isIdentifier && !isText && !/^string\s*\(/.test(value)) continue;
        const viaApiError = /^(?:\w+\.)?apiError\s*\(/.test(value);
        const offset = fn.bodyStart + match.index;
        const message = resolveMessage(value, dir, fn);
        if (message) grew = record(file, fn, offset, message, statuses[statusIndex], viaApiError) || grew;
        else {
          for (const returned of flowedMessages(value, body.slice(0, match.index))) {
            grew = record(file, fn, offset, { value: returned }, statuses[statusIndex], viaApiError) || grew;
          }
        }
      }
    }
    return grew;
  };

  /**
   * The fixed error messages (and string constants) each function returns, directly or by returning
   * another function's result, for callers that add a status: `id, err := f(…)` … `return err, 403`.
   */
  const errorsReturnedBy = new Map<string, Set<string>>();
  const returnsResultOf = new Map<string, Set<string>>();
  for (const file of files) {
    for (const fn of funcsByFile.get(file.path)!) {
      const body = file.code.slice(fn.bodyStart, fn.bodyEnd);
      for (const match of body.matchAll(/\breturn\s/g)) {
        const start = fn.bodyStart + match.index + match[0].length;
        for (const value of splitTopLevel(file.code.slice(start, statementEnd(file.code, start)))) {
          const callee = /^(?:\w+\.)*(\w+)\s*\(/.exec(value)?.[1];
          if (callee && !errorConstructors.test(value)) {
            returnsResultOf.set(fn.name, (returnsResultOf.get(fn.name) ?? new Set()).add(callee));
            continue;
          }
          if (!errorConstructors.test(value) && !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/.test(value)) continue;
          if (fn.params.includes(value)) continue;
          const message = resolveMessage(value, dirname(file.path), fn);
          if (message && 'value' in message)
            errorsReturnedBy.set(fn.name, (errorsReturnedBy.get(fn.name) ?? new Set()).add(message.value));
        }
      }
    }
  }
  for (let round = 0; round < 4; round++) {
    for (const [caller, callees] of returnsResultOf) {
      for (const callee of callees) {
        for (const message of errorsReturnedBy.get(callee) ?? []) {
          errorsReturnedBy.set(caller, (errorsReturnedBy.get(caller) ?? new Set()).add(message));
        }
      }
    }
  }

  /** What a dynamic `err` (or `err.Error()`, `string(stat)`) can hold: the messages of the calls assigned to it before. */
  function flowedMessages(expr: string, before: string): string[] {
    const variable =
      /^(?:(?:errors\.New|fmt\.Errorf|string|apiError|\w+\.apiError)\s*\()?\s*([A-Za-z_]\w*)(?:\.Error\(\))?\s*\)?$/.exec(
        expr.trim(),
      )?.[1];
    if (!variable || variable === 'nil') return [];
    const assigned = new RegExp(`\\b${variable}\\s*:?=\\s*(?:\\w+\\.)*(\\w+)\\s*\\(`, 'g');
    return [...new Set([...before.matchAll(assigned)].flatMap((call) => [...(errorsReturnedBy.get(call[1]!) ?? [])]))];
  }

  for (let round = 0, grew = true; grew && round < 5; round++) {
    grew = false;
    for (const file of files) {
      for (const fn of funcsByFile.get(file.path)!) {
        if (round === 0) {
          grew = scanReturns(file, fn) || grew;
          scanJsonErrors(file, fn);
          for (const { pattern, ...sink } of builtinSinks) grew = scanCalls(file, fn, pattern, sink) || grew;
        }
        for (const [name, sinks] of derivedSinks) {
          if (name === fn.name) continue;
          const pattern = new RegExp(`(?<![\\w])(?:\\w+\\.)*${name}\\s*\\(`, 'g');
          for (const sink of sinks) {
            grew = scanCalls(file, fn, pattern, sink) || grew;
          }
        }
      }
    }
  }

  for (const file of files) {
    for (const fn of funcsByFile.get(file.path)!) {
      const body = file.code.slice(fn.bodyStart, fn.bodyEnd);
      for (const [ident, override] of overrides) {
        for (const match of body.matchAll(new RegExp(`(?<![\\w.])${ident}\\b(?!\\]\\s*=)`, 'g'))) {
          const offset = fn.bodyStart + match.index;
          if (override.definedAt.has(`${file.path}:${lineAt(file, offset)}`)) continue;
          const line = lineAt(file, offset);
          const key = `${file.path}\t${line}\t${override.status}\t${override.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          rows.push({
            status: override.status,
            message: override.message,
            kind: 'proxy',
            file: file.path,
            line,
            symbol: `${fn.symbol} (${ident})`,
            overrideKey: override.key,
          });
        }
      }
    }
  }

  return rows.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.status - b.status || a.message.localeCompare(b.message),
  );
}

/** `fmt.Errorf("%w, claim: %s", ErrX, field)`: each `%w` whose error is a known constant becomes its text. */
function fillWrappedErrors(format: string, args: string[], resolve: (arg: string) => Resolved<string>): string {
  let index = 0;
  return format.replace(/%%|%[-+# 0-9.]*[a-zA-Z]/g, (verb) => {
    if (verb === '%%') return verb;
    const arg = args[index++];
    if (verb !== '%w' || arg === undefined) return verb;
    const resolved = resolve(arg);
    return resolved && 'value' in resolved ? resolved.value : verb;
  });
}

/** The operands of a `+` concatenation at the top level of `text`. */
function splitConcatenation(text: string): string[] {
  return splitTopLevel(
    text.replace(/("(?:[^"\\\n]|\\.)*"|`[^`]*`)|\+/g, (_match, literal: string | undefined) => literal ?? ','),
  );
}

/** Package-level string and integer constants, and error variables, by package directory. */
function collectConstants(files: GoFile[], funcsByFile: Map<string, GoFunc[]>): Constants {
  const strings = new Map<string, Map<string, string>>();
  const numbers = new Map<string, Map<string, number>>();
  const pendingNumbers: Array<[string, string, string]> = [];
  for (const file of files) {
    const dir = dirname(file.path);
    const funcs = funcsByFile.get(file.path)!;
    const topLevel = (offset: number) => !funcs.some((fn) => offset > fn.bodyStart && offset < fn.bodyEnd);
    const dirStrings = strings.get(dir) ?? new Map<string, string>();
    strings.set(dir, dirStrings);
    const assignment = /(?:^|[\s(])(?!(?:const|var|type)\b)([A-Za-z_]\w*)\s*(?:[\w.*]+\s*)?=\s*(?!=)/gm;
    for (const match of file.code.matchAll(assignment)) {
      const valueStart = match.index + match[0].length;
      if (!topLevel(valueStart)) continue;
      const value = file.code.slice(valueStart, statementEnd(file.code, valueStart)).trim();
      const literal = stringLiteral(value);
      const name = match[1]!;
      if (literal !== undefined) dirStrings.set(name, literal);
      else {
        const call = errorConstructors.exec(value);
        if (call) {
          const first = splitTopLevel(value.slice(call[0].length, matchingClose(value, call[0].length - 1)))[0];
          const message = first === undefined ? undefined : stringLiteral(first);
          if (message !== undefined) dirStrings.set(name, message);
          else if (first) pendingNumbers.push([dir, name, `msg:${first}`]);
        } else if (/^(?:http\.Status\w+|\d{3})$/.test(value)) pendingNumbers.push([dir, name, value]);
      }
    }
  }
  for (const [dir, name, value] of pendingNumbers) {
    if (value.startsWith('msg:')) {
      const message = strings.get(dir)?.get(value.slice(4));
      if (message !== undefined) strings.get(dir)!.set(name, message);
      continue;
    }
    const code = /^\d{3}$/.test(value) ? Number(value) : httpStatusCodes[value.replace('http.', '')];
    // Only real HTTP statuses: `middleware.StatusRespond = 666` means "the response was already written".
    if (code && code >= 100 && code <= 599) numbers.set(dir, (numbers.get(dir) ?? new Map()).set(name, code));
  }
  return { strings, numbers };
}

interface Override {
  key: string;
  message: string;
  status: number;
  definedAt: Set<string>;
}

/** The `TykErrors` map (override_messages keys): each key constant with its default message and status. */
function collectOverrides(files: GoFile[], constants: Constants, rows: ResponseRow[]): Map<string, Override> {
  const overrides = new Map<string, Override>();
  const findString = (name: string) => {
    for (const values of constants.strings.values()) if (values.has(name)) return values.get(name);
    return undefined;
  };
  for (const file of files) {
    const definition = /TykErrors\[(\w+)\]\s*=\s*config\.TykError\s*\{|^\s*(\w+)\s*:\s*(?:config\.TykError)?\s*\{\s*Message:/gm;
    for (const match of file.code.matchAll(definition)) {
      const ident = (match[1] ?? match[2])!;
      const open = file.code.indexOf('{', match.index + match[0].indexOf(ident));
      const close = matchingClose(file.code, open);
      const fields = Object.fromEntries(
        splitTopLevel(file.code.slice(open + 1, close)).map((field) => {
          const [name, ...rest] = field.split(':');
          return [name!.trim(), rest.join(':').trim()];
        }),
      );
      const message = stringLiteral(fields.Message ?? '') ?? findString(fields.Message ?? '');
      const statusName = (fields.Code ?? '').replace('http.', '');
      const status = httpStatusCodes[statusName] ?? (/^\d{3}$/.test(statusName) ? Number(statusName) : undefined);
      const key = findString(ident);
      if (message === undefined || status === undefined || key === undefined) continue;
      const line = lineAt(file, match.index + match[0].indexOf(ident));
      const override = overrides.get(ident) ?? { key, message, status, definedAt: new Set<string>() };
      override.definedAt.add(`${file.path}:${line}`);
      overrides.set(ident, override);
      rows.push({ status, message, kind: 'proxy', file: file.path, line, symbol: `TykErrors[${ident}]`, overrideKey: key });
    }
  }
  return overrides;
}
