/**
 * The paste reader: turns anything a user pastes (a message, prose around it, a JSON body copied
 * from chat, a `curl -v` transcript, gateway or access-log lines, a proxy's HTML page, a Dashboard
 * response) into what the search needs: the status, the message candidates, the headers that tell
 * who sent it, the kind of text, and one normalised text to match wordings against by containment.
 * Pure and bounded: one pass over at most `maxPasteChars`, every pattern linear.
 */
import { normaliseStraightened, straighten } from './normalise';

/** Pastes are read up to this length (1 MiB); the rest is ignored, and the reading says so. */
export const maxPasteChars = 1 << 20;
/** A single line longer than this is read for containment only, not parsed as a log line or JSON. */
const maxParsedLine = 16_384;

export type PasteKind =
  | 'gateway-response'
  | 'gateway-log'
  | 'access-log'
  | 'operator-log'
  | 'component-log'
  | 'dashboard-response'
  | 'proxy-page'
  | 'upstream-response'
  | 'text';

export interface PasteHeaders {
  generator?: string;
  server?: string;
  contentType?: string;
}

export interface PasteReading {
  kind: PasteKind;
  /** The status the client received, when the paste says. */
  status?: number;
  headers: PasteHeaders;
  /** True when the paste holds a response's header block (a status line or header lines). */
  hasHeaders: boolean;
  /** A log line's level (the most severe when there are several). */
  level?: string;
  /** Texts that could be the message (JSON fields, `msg=`, quoted spans), straightened, first seen first. */
  messages: string[];
  /** Access-log `response_flag` codes. */
  flags: string[];
  /** Access-log `response_code_details` values (`dns_not_found`): which of a flag's causes it was. */
  details: string[];
  /**
   * Another Tyk component that wrote the paste's log lines, named by a container, process, pod or
   * log prefix (`tyk-pump-1 |`, `tyk-analytics[912]:`, `mongo-pump:`): not the gateway.
   */
  component?: string;
  /** The paste's distinct content lines, normalised, one per line: the text wordings are found in. */
  text: string;
  /** The paste's own words, straightened, without headers and markup: for full-text search. */
  plain: string;
  /** True when the paste was longer than `maxPasteChars`. */
  truncated: boolean;
}

const statusLine = /^HTTP\/\d(?:\.\d)?\s+([1-5]\d\d)\b/i;
const requestLine = /^[A-Z]{3,7} \S+ HTTP\/\d/;
const headerLine = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]*(.*)$/;
// `tyk-gateway-1  | `, `gateway_1 | `: docker compose's prefix.
const containerPrefix = /^([\w.-]{1,80})[ \t]*\|[ \t]?/;
// Terminal colours: the escape sequence, or what is left of it when the ESC byte was lost in a copy.
const colourCodes = /\x1b?\[[0-9;]{1,12}m/g;
// `kubectl logs --prefix`: `[pod/<pod>/<container>] `.
const kubectlPrefix = /^\[pod\/([\w.-]{1,120})\/([\w.-]{1,120})\][ \t]*/;
// The CRI log files under /var/log/containers: `<RFC 3339 time> stderr F `.
const criPrefix = /^\d{4}-\d\d-\d\dT[\d:.]{8,20}(?:Z|[+-]\d\d:?\d\d) (?:stdout|stderr) [FP] /;
// syslog and journald: `Jul 02 09:14:11 host process[pid]: ` (the month in any language).
const syslogPrefix = /^\S{1,12} {1,2}\d{1,2} \d\d:\d\d:\d\d \S{1,64} ([\w.-]{1,64})(?:\[\d{1,10}\])?: /u;
// logrus on a terminal: `WARN[0042] message   key=value`.
const logrusTerminal = /^(DEBU|INFO|WARN|ERRO|FATA|PANI)\[[\d:-]{1,20}\] ?/;
// Tyk 2.x and Tyk Pump: `[Jul 02 09:14:11] ERROR proxy: message`, `[0000] ERROR mongo-pump: message`.
const bracketedLevel = /^\[[^\]\n]{1,40}\] {1,2}(DEBUG|INFO|WARN|WARNING|ERROR|FATAL) (?:([\w-]{1,40}): )?/;
const terminalLevels: Record<string, string> = {
  DEBU: 'debug',
  INFO: 'info',
  WARN: 'warning',
  ERRO: 'error',
  FATA: 'fatal',
  PANI: 'panic',
};
/** Tyk components other than the gateway, as their containers, processes and log prefixes name them. */
const components: Array<[RegExp, string]> = [
  [/pump/i, 'Tyk Pump'],
  [/dashboard|analytics/i, 'Tyk Dashboard'],
  [/portal/i, 'Tyk Developer Portal'],
  [/operator/i, 'Tyk Operator'],
  [/mdcb|sink/i, 'Tyk MDCB'],
];
const pumpPrefix = (prefix: string | undefined) => (prefix && /pump/i.test(prefix) ? 'Tyk Pump' : undefined);
const componentNamed = (name: string | undefined) =>
  // `tyk-gateway-with-dashboard-1` is the gateway's container.
  name === undefined || /gateway/i.test(name) ? undefined : components.find(([pattern]) => pattern.test(name))?.[1];
/** HTTP reason phrases: a status line's words, which a body or a sentence may repeat. */
export const reasonPhrases = [
  'Bad Request',
  'Unauthorized',
  'Unauthorised',
  'Payment Required',
  'Forbidden',
  'Not Found',
  'Method Not Allowed',
  'Not Acceptable',
  'Request Timeout',
  'Conflict',
  'Gone',
  'Length Required',
  'Payload Too Large',
  'Request Entity Too Large',
  'Unsupported Media Type',
  'Unprocessable Entity',
  'Too Many Requests',
  'Internal Server Error',
  'Not Implemented',
  'Bad Gateway',
  'Service Unavailable',
  'Gateway Timeout',
];
const statusInProse = [
  new RegExp(`\\b([1-5]\\d\\d)\\)?[ \\t]+\\(?(?:${reasonPhrases.join('|')})\\b`, 'i'),
  /\b(?:HTTP|status(?:[ _]code)?|code|error|a|an|got|get|getting|returns?|returned|returning|with|throws?|gives?|giving|sends?|sent)[ \t:=]+"?([1-5]\d\d)\b(?![.\d])/i,
  /\b([1-5]\d\d)[ \t]+(?:error|response|status)\b/i,
  /^[ \t]*([1-5]\d\d)\b(?![.\d:])/,
];
const knownLevels = ['debug', 'info', 'warning', 'warn', 'error', 'fatal', 'panic'];
const messageKeys = new Set(['error', 'message', 'error_description', 'msg', 'err', 'detail', 'reason', 'response_code_details']);
// A quoted string in loose JSON or a logfmt value; a missing closing quote ends at the line's end.
const quotedField = /"([A-Za-z_]{1,30})"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.)*)"?/g;
const singleQuotedField = /'([A-Za-z_]{1,30})'[ \t]*:[ \t]*'([^'\n]*)'/g;
const logfmtField = /(?:^|[ \t])([A-Za-z_][\w.]{0,40})=(?:"((?:[^"\\\n]|\\.)*)"?|([^ \t"]*))/g;
const quotedSpan = /"([^"\n]{3,400})"/g;
const proxyServers =
  /awselb|nginx|openresty|cloudflare|envoy|apache|microsoft-iis|akamai|haproxy|caddy|varnish|squid|traefik|google frontend|kong/i;
const htmlStatus = /<(?:title|h1)>[ \t]*([1-5]\d\d)\b/i;
// A proxy's own page: `<title>502 Bad Gateway</title>`, or nginx's `<hr><center>nginx</center>` footer.
const proxyPage = /<(?:title|h1)>[ \t]*[1-5]\d\d\b|<hr>[ \t]*<center>/i;
// zap's console format, as Tyk Operator writes it: `2024-07-02T09:14:11Z\tERROR\tReconciler error\t{…}`.
const zapConsoleLine = /^\S+\t(DEBUG|INFO|WARN|ERROR)\t/;

const severity = (level: string) => knownLevels.indexOf(level === 'warn' ? 'warning' : level);

function firstMatch(patterns: readonly RegExp[], text: string): number | undefined {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return Number(found[1]);
  }
  return undefined;
}

interface LineFields {
  fields: Map<string, string>;
  /** Values of message-like keys, in order (two bodies run together have two `error`s). */
  messages: string[];
  json: boolean;
}

/** A log line's fields: logfmt (`level=warning msg="…"`) or one JSON object per line. */
function logFields(line: string): LineFields | undefined {
  if (line.length > maxParsedLine) return undefined;
  const fields = new Map<string, string>();
  const messages: string[] = [];
  const add = (key: string, value: string) => {
    fields.set(key, value);
    if (value && messageKeys.has(key.toLowerCase())) messages.push(value);
  };
  const logfmt = /\b(?:level|msg|status|response_flag)=/.test(line);
  if (line.startsWith('{')) {
    for (const [, key, value] of line.matchAll(quotedField)) add(key!, value!);
    // Numbers, e.g. `"status":403`.
    const status = /"status"[ \t]*:[ \t]*([1-5]\d\d)\b/.exec(line);
    if (status) fields.set('status', status[1]!);
    // Docker's json-file driver (`{"log":"time=… level=…"}`) and Cloud Logging (`"textPayload"`) wrap the
    // gateway's own logfmt line in a JSON string: read that line instead.
    const wrapped = logfmt && !fields.has('level') && !fields.has('msg') && !fields.has('response_flag');
    if (!wrapped) return fields.size ? { fields, messages, json: true } : undefined;
    fields.clear();
    messages.length = 0;
  }
  if (!logfmt) return undefined;
  for (const [, key, quoted, bare] of line.matchAll(logfmtField)) add(key!, quoted ?? bare ?? '');
  return { fields, messages, json: false };
}

/** Reads a paste. Never throws; any text gives a reading. */
export function readPaste(input: string): PasteReading {
  const truncated = input.length > maxPasteChars;
  const source = straighten(truncated ? input.slice(0, maxPasteChars) : input);
  const headers: PasteHeaders = {};
  const messages: string[] = [];
  const flags: string[] = [];
  const contentLines = new Set<string>();
  let status: number | undefined;
  let accessStatus: number | undefined;
  let hasHeaders = false;
  let inHeaders = false;
  let level: string | undefined;
  let logs = 0;
  let accessLogs = 0;
  let operatorLogs = 0;
  let dashboard = false;
  let upstreamShape = false;
  const details: string[] = [];
  /** Who wrote each log line that names its writer: a Tyk component, or `other` (the gateway, anything else). */
  const writers = new Set<string>();
  const noteWriter = (name: string | undefined, named: (name: string) => string | undefined = componentNamed) => {
    if (name !== undefined && writers.size < 8) writers.add(named(name) ?? 'other');
  };
  const countLevel = (lineLevel: string) => {
    logs++;
    if (level === undefined || severity(lineLevel) > severity(level)) level = lineLevel;
  };

  const addMessage = (text: string) => {
    const trimmed = text.trim();
    if (trimmed && messages.length < 200 && !messages.includes(trimmed)) messages.push(trimmed);
  };

  // Each test below first checks for a character it needs: most lines of a long log pass none.
  for (const rawLine of source.split(/\r?\n|\r/)) {
    let line = rawLine.trim();
    if (line.includes('[')) line = line.replace(colourCodes, '').trim();
    // What log collectors put before the gateway's line: a container, pod, file or syslog prefix.
    const container = line.includes('|') ? containerPrefix.exec(line) : null;
    if (container) line = line.slice(container[0].length);
    const pod = line.startsWith('[pod/') ? kubectlPrefix.exec(line) : null;
    if (pod) line = line.slice(pod[0].length);
    const cri = line.includes(' std') ? criPrefix.exec(line) : null;
    if (cri) line = line.slice(cri[0].length);
    const syslog = line.includes(': ') ? syslogPrefix.exec(line) : null;
    if (syslog) line = line.slice(syslog[0].length);
    noteWriter(container?.[1] ?? pod?.[1] ?? syslog?.[1]);
    // curl -v marks what it sent with `>` and what it received with `<`.
    const sent = line.startsWith('> ') || line === '>';
    if (sent || line.startsWith('< ') || line === '<') line = line.slice(1).trim();
    if (line === '') {
      inHeaders = false;
      continue;
    }
    if (sent || line.startsWith('* ') || (line.includes(' HTTP/') && requestLine.test(line))) continue;

    const statusFound = /^http\//i.test(line) ? statusLine.exec(line) : null;
    if (statusFound) {
      status ??= Number(statusFound[1]);
      hasHeaders = inHeaders = true;
      continue;
    }
    const header = line.length < 2000 && line.includes(':') ? headerLine.exec(line) : null;
    if (header && (inHeaders || /^(x-generator|server|content-type|content-length|date|x-ratelimit-[\w-]+)$/i.test(header[1]!))) {
      hasHeaders = inHeaders = true;
      const name = header[1]!.toLowerCase();
      const value = header[2]!.trim();
      if (name === 'x-generator') headers.generator = value;
      else if (name === 'server') headers.server = value;
      else if (name === 'content-type') headers.contentType = value;
      continue;
    }
    inHeaders = false;

    // Older text formats: logrus on a terminal (`WARN[0042] …`), Tyk 2.x and Tyk Pump (`[time] ERROR prefix: …`).
    const terminal = line.includes('[') ? logrusTerminal.exec(line) : null;
    const bracketed = !terminal && line.startsWith('[') ? bracketedLevel.exec(line) : null;
    if (terminal || bracketed) {
      countLevel(terminal ? terminalLevels[terminal[1]!]! : bracketed![1]!.toLowerCase().replace(/^warn$/, 'warning'));
      // Only Pump's log prefixes name the writer; the gateway's and the Dashboard's name a subsystem.
      if (pumpPrefix(bracketed?.[2])) noteWriter(bracketed?.[2], pumpPrefix);
      // The message runs to the first `key=value` field, which logrus sets off with spaces.
      const message = line
        .slice((terminal ?? bracketed)![0].length)
        .split(/(?<! ) {2,}(?=[A-Za-z_][\w.]{0,40}=)/)[0]!
        .trim();
      addMessage(message);
      contentLines.add(message);
      continue;
    }
    const zap = line.includes('\t') ? zapConsoleLine.exec(line) : null;
    if (zap) {
      operatorLogs++;
      level ??= zap[1]!.toLowerCase().replace('warn', 'warning');
    }
    const log = line.includes('=') || line.startsWith('{') ? logFields(line) : undefined;
    if (log) {
      const { fields } = log;
      const lineLevel = fields.get('level')?.toLowerCase();
      const flag = fields.get('response_flag');
      const lineStatus = fields.get('status');
      if (fields.has('ts') || fields.has('logger') || fields.has('controller') || fields.has('reconcileID')) operatorLogs++;
      // The gateway's own prefixes name what it talks to (`dashboard`, `pub-sub`); only Pump's name the writer.
      if (pumpPrefix(fields.get('prefix'))) noteWriter(fields.get('prefix'), pumpPrefix);
      if (flag !== undefined || fields.get('prefix') === 'access-log') {
        accessLogs++;
        if (flag && flag !== '-' && flags.length < 50 && !flags.includes(flag)) flags.push(flag);
        const detail = fields.get('response_code_details');
        if (detail && details.length < 50 && !details.includes(detail)) details.push(detail);
        if (lineStatus && /^[1-5]\d\d$/.test(lineStatus)) accessStatus ??= Number(lineStatus);
      } else if (lineLevel && knownLevels.includes(lineLevel)) {
        countLevel(lineLevel);
      } else if (log.json && fields.has('Status') && fields.has('Message')) {
        dashboard = true;
      } else if (log.json && fields.has('timestamp') && fields.has('path')) {
        upstreamShape = true;
      }
      for (const message of log.messages) addMessage(message);
      // Only a log line's or body's message fields can hold a wording: timestamps, keys and IDs stay out,
      // so a long excerpt of the same few messages is a few lines to match.
      for (const message of log.messages) contentLines.add(message);
      continue;
    } else if (line.length <= maxParsedLine && (line.includes('"') || line.includes("'"))) {
      // A body inside a sentence (`403 {"error": "…"}`), a Python repr, else quoted words in prose.
      let fieldsFound = 0;
      for (const [, key, value] of [...line.matchAll(quotedField), ...line.matchAll(singleQuotedField)]) {
        fieldsFound++;
        if (messageKeys.has(key!.toLowerCase())) addMessage(value!);
      }
      if (fieldsFound === 0) for (const [, span] of line.matchAll(quotedSpan)) addMessage(span!);
    }
    contentLines.add(line);
  }

  // A JSON body spread over several lines (a pretty-printed body, a missing brace).
  if (messages.length === 0 || /"Meta"/.test(source)) {
    for (const [, key, value] of source.matchAll(quotedField)) {
      if (key === 'Status' && /^(error|ok|success)$/i.test(value!)) dashboard ||= /"Message"/.test(source);
      if (messageKeys.has(key!.toLowerCase()) && value) addMessage(value);
    }
  }

  // A paste is another component's only when every line that names its writer names that one (not a whole stack's log).
  const component = writers.size === 1 ? [...writers].find((writer) => writer !== 'other') : undefined;
  const html = proxyPage.test(source);
  const fromTyk = /tyk/i.test(headers.generator ?? '');
  status ??= accessStatus ?? firstMatch(html ? [htmlStatus] : [], source) ?? firstMatch(statusInProse, source.slice(0, 4096));

  const kind: PasteKind =
    accessLogs > 0 && accessLogs >= logs
      ? 'access-log'
      : operatorLogs > 0 || component === 'Tyk Operator'
        ? 'operator-log'
        : component
          ? 'component-log'
          : logs > 0
            ? 'gateway-log'
            : dashboard
              ? 'dashboard-response'
              : !fromTyk && (html || proxyServers.test(headers.server ?? ''))
                ? 'proxy-page'
                : !fromTyk && upstreamShape
                  ? 'upstream-response'
                  : hasHeaders || fromTyk
                    ? 'gateway-response'
                    : 'text';

  return {
    kind,
    ...(status !== undefined ? { status } : {}),
    headers,
    hasHeaders,
    ...(level ? { level: level === 'warn' ? 'warning' : level } : {}),
    messages,
    flags,
    details,
    ...(component ? { component } : {}),
    text: normaliseStraightened([...contentLines].join('\n')),
    plain: [...contentLines].join(' ').replace(/<[^<>]{0,200}>/g, ' '),
    truncated,
  };
}
