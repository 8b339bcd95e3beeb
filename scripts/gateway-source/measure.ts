/**
 * `npm run source:measure`: how well the responses extractor agrees with the catalog's hand-checked
 * `source:` locations at v5.14.0. A location is a hit when the extracted rows hold the entry's
 * (status, message) in the same file within `lineTolerance` lines (a multi-line statement is
 * reported at its first line). Precision counts the distinct extracted pairs that are an entry's
 * message or wording; the rest are pairs without an entry, reviewed in the decisions file.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseTsv } from '../../src/lib/tsv';
import { readCatalogFiles } from '../../tests/unit/content-files';

export const lineTolerance = 3;
const root = resolve(import.meta.dirname, '../..');

export interface Measurement {
  tag: string;
  locations: number;
  hits: number;
  recall: number;
  pairs: number;
  pairsOfEntries: number;
  precision: number;
  /** Pairs the decisions file judges wrong or never sent (extraction-noise, test-only, not-sent-to-clients). */
  falsePairs: number;
  misses: string[];
}

export function measure(tag = 'v5.14.0'): Measurement {
  const rows = parseTsv(readFileSync(join(root, 'content/gateway-source', tag, 'responses.tsv'), 'utf8'));
  const entries = readCatalogFiles().map((file) => file.frontmatter) as Array<{
    status: number | string;
    message: string;
    source: Array<{ file: string; line: number; ref?: string }>;
    wordings?: Array<{ status?: number | string; message: string }>;
  }>;
  const misses: string[] = [];
  let locations = 0;
  for (const entry of entries) {
    for (const location of entry.source) {
      if ((location.ref ?? 'v5.14.0') !== tag || entry.status === 'tls') continue;
      locations++;
      const hit = rows.some(
        (row) =>
          row['status'] === String(entry.status) &&
          row['message'] === entry.message &&
          row['file'] === location.file &&
          Math.abs(Number(row['line']) - location.line) <= lineTolerance,
      );
      if (!hit) misses.push(`${entry.status} ${entry.message} (${location.file}:${location.line})`);
    }
  }
  const known = new Set(
    entries.flatMap((entry) => [
      `${entry.status} ${entry.message}`,
      ...(entry.wordings ?? []).map((wording) => `${wording.status ?? entry.status} ${wording.message}`),
    ]),
  );
  const pairs = new Set(rows.map((row) => `${row['status']} ${row['message']}`));
  const pairsOfEntries = [...pairs].filter((pair) => known.has(pair)).length;
  const wrong = new Set(
    parseTsv(readFileSync(join(root, 'tests/fixtures/release-decisions.tsv'), 'utf8'))
      .filter((decision) => ['extraction-noise', 'test-only', 'not-sent-to-clients'].includes(decision['decision']!))
      .map((decision) => `${decision['status']} ${decision['message']}`),
  );
  const falsePairs = [...pairs].filter((pair) => !known.has(pair) && wrong.has(pair)).length;
  return {
    tag,
    locations,
    hits: locations - misses.length,
    recall: (locations - misses.length) / locations,
    pairs: pairs.size,
    pairsOfEntries,
    precision: pairsOfEntries / pairs.size,
    falsePairs,
    misses,
  };
}

if (process.argv[1] === import.meta.filename) {
  const result = measure(process.argv[2]);
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(
    `${result.tag}: recall ${percent(result.recall)} (${result.hits} of ${result.locations} catalog source locations found)`,
  );
  console.log(
    `${result.tag}: precision ${percent(result.precision)} (${result.pairsOfEntries} of ${result.pairs} extracted pairs are an entry's message or wording)`,
  );
  console.log(
    `${result.tag}: ${result.falsePairs} of ${result.pairs} extracted pairs are decided wrong or never sent to clients (${percent(1 - result.falsePairs / result.pairs)} not judged false)`,
  );
  if (process.argv.includes('--misses')) for (const miss of result.misses) console.log(`  missed: ${miss}`);
}
