/** Reads an entry's example response: `HTTP/1.1 403 Forbidden`, headers, a blank line, the body. */

export interface ExampleResponse {
  /** The status from the status line; undefined for examples that are not HTTP responses (TLS). */
  status?: number;
  headers: Array<[name: string, value: string]>;
  body: string;
}

const statusLine = /^HTTP\/\d(?:\.\d)? (\d{3})(?: .*)?$/;

export function parseExampleResponse(example: string): ExampleResponse {
  const text = example.replace(/\r\n/g, '\n');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const match = statusLine.exec(firstLine);
  if (!match) return { headers: [], body: text };
  const blank = text.indexOf('\n\n');
  const head = blank === -1 ? text : text.slice(0, blank);
  const body = blank === -1 ? '' : text.slice(blank + 2);
  const headers = head
    .split('\n')
    .slice(1)
    .filter((line) => line.includes(':'))
    .map((line): [string, string] => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    });
  return { status: Number(match[1]), headers, body };
}

/**
 * The human-readable texts in a body: for the gateway's JSON shapes (`{"error": …}`,
 * `{"status": "error", "message": …}`, OAuth's `error_description`) the decoded strings, else the raw text.
 */
export function bodyTexts(body: string): string[] {
  try {
    // The proxy error template escapes with Go's JSEscapeString, whose \' is not valid JSON.
    const parsed: unknown = JSON.parse(body.replace(/\\'/g, "'"));
    if (parsed && typeof parsed === 'object') {
      const texts = Object.values(parsed).filter((value): value is string => typeof value === 'string');
      return [...texts, body];
    }
  } catch {
    // Not JSON: plain text, XML or a client's TLS error output.
  }
  return [body];
}
