/** Tab-separated tables with a header row; tabs, newlines and backslashes in cells are escaped. */
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const unescapes: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function toTsv(columns: readonly string[], rows: Array<Record<string, string | number>>): string {
  const cell = (value: string | number | undefined) => String(value ?? '').replace(/[\\\t\n\r]/g, (c) => escapes[c]!);
  return [columns.join('\t'), ...rows.map((row) => columns.map((column) => cell(row[column])).join('\t'))].join('\n') + '\n';
}

export function parseTsv(text: string): Array<Record<string, string>> {
  const [header = '', ...lines] = text.split('\n').filter((line) => line.length > 0);
  const columns = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t').map((cell) => cell.replace(/\\(.)/g, (_, c: string) => unescapes[c] ?? c));
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
}
