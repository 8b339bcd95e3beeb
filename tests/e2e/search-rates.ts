/**
 * hit@1, hit@3 and verdict-right over the query table, per shape: shared by the browser test
 * (search-quality.spec.ts) and the fast runner over the built table (search-table-run.ts).
 */
import type { SearchQuery } from './search-queries';

export interface Row {
  query: SearchQuery;
  /** Result paths (`<status>/<slug>`), best first. */
  paths: string[];
  exact: boolean;
  verdict: string;
  verdictText: string;
}

export const hitAt = (row: Row, within: number) => {
  const { expected } = row.query;
  if (within === 1) return expected.includes(row.paths[0] ?? '');
  const top = row.paths.slice(0, Math.max(within, expected.length));
  return expected.every((path) => top.includes(path));
};
export const verdictRight = (row: Row) => row.query.verdict.includes(row.verdict as never);
const percent = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : 'n/a');

export function rates(rows: Row[]) {
  const withEntry = rows.filter((row) => row.query.expected.length > 0);
  const hit1 = withEntry.filter((row) => hitAt(row, 1)).length;
  const hit3 = withEntry.filter((row) => hitAt(row, 3)).length;
  const right = rows.filter(verdictRight).length;
  return {
    hit1: hit1 / Math.max(1, withEntry.length),
    hit3: hit3 / Math.max(1, withEntry.length),
    verdict: right / Math.max(1, rows.length),
    line: `${rows.length} pastes (${withEntry.length} with an entry): hit@1 ${percent(hit1, withEntry.length)}, hit@3 ${percent(
      hit3,
      withEntry.length,
    )}, verdict right ${percent(right, rows.length)}`,
  };
}

/** The cases the thresholds hold for: all but those waiting for another owner's data. */
export const ready = (rows: Row[]) => rows.filter((row) => !row.query.needs);

/** The report: all ready cases, each shape, every miss with what came instead, and the cases waiting for data. */
export function report(all: Row[]): string {
  const rows = ready(all);
  const waiting = all.filter((row) => row.query.needs);
  const shapes = [...new Set(rows.map((row) => row.query.shape))];
  return [
    `all cases: ${rates(rows).line}`,
    ...shapes.map((shape) => `  ${shape}: ${rates(rows.filter((row) => row.query.shape === shape)).line}`),
    ...(waiting.length ? [`waiting for data (reported apart): ${rates(waiting).line}`] : []),
    ...waiting.map(
      (row) =>
        `  needs ${row.query.needs}: ${hitAt(row, 1) && verdictRight(row) ? 'already right' : 'miss'} ${JSON.stringify(row.query.query.slice(0, 60))}`,
    ),
    ...rows
      .filter((row) => (row.query.expected.length > 0 && !hitAt(row, 1)) || !verdictRight(row))
      .map(
        (row) =>
          `  miss [${row.query.shape}] ${JSON.stringify(row.query.query.slice(0, 80))}` +
          ` → expected ${row.query.expected.join(', ') || 'no entry'} / ${row.query.verdict.join('|')};` +
          ` got ${row.paths.slice(0, 3).join(', ')} / ${row.verdict}: ${row.verdictText}`,
      ),
  ].join('\n');
}
