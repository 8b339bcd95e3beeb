/**
 * Tab-separated tables as committed under content/gateway-source/: a header row, one record per
 * line, with backslash, tab and newline escaped (`\\`, `\t`, `\n`) so any message fits in a cell.
 */
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const unescapes: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function formatTsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) =>
    cells.map((cell) => cell.replace(/[\\\t\n\r]/g, (char) => escapes[char]!)).join('\t');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** The same table from records keyed by column name. */
export function toTsv(columns: readonly string[], rows: Array<Record<string, string | number>>): string {
  return formatTsv(
    columns,
    rows.map((row) => columns.map((column) => String(row[column] ?? ''))),
  );
}

/** Rows as objects keyed by the header's column names. */
export function parseTsv(text: string): Array<Record<string, string>> {
  const [header = '', ...lines] = text.split('\n').filter((line) => line.length > 0);
  const columns = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t').map((cell) => cell.replace(/\\(.)/g, (_, char: string) => unescapes[char] ?? char));
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
}
