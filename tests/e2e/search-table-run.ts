/**
 * The query table without a browser: every paste through `answerPaste` over the built
 * `dist/exact-matches.json`, with the same rates the browser test prints. The table's results are
 * what the browser shows first (Pagefind's follow them), so hit@1 and the verdict are the same.
 * Run: `npm run build:local && npx tsx tests/e2e/search-table-run.ts [path/to/exact-matches.json] [--shape=…]`
 */
import { readFileSync } from 'node:fs';
import { answerPaste, type SearchIndex } from '../../src/lib/paste/answer';
import { buildFuzzyIndex } from '../../src/lib/paste/fuzzy';
import { prepareTable } from '../../src/lib/paste/match';
import type { SearchTableEntry } from '../../src/lib/paste/table';
import { searchQueries } from './search-queries';
import { report, type Row } from './search-rates';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? 'dist/exact-matches.json';
const shape = args.find((arg) => arg.startsWith('--shape='))?.slice('--shape='.length);
const entries = JSON.parse(readFileSync(file, 'utf8')) as SearchTableEntry[];
const table = prepareTable(entries);
const index: SearchIndex = { table, fuzzy: buildFuzzyIndex(table) };

const rows: Row[] = searchQueries
  .filter((query) => !shape || query.shape === shape)
  .map((query) => {
    const answer = answerPaste(query.query, index);
    return {
      query,
      paths: answer.results.map((result) => result.entry.path.replace(/^\/|\/$/g, '')),
      exact: answer.results[0]?.exact !== undefined,
      verdict: answer.verdict.kind,
      verdictText: answer.verdict.text,
    };
  });
console.log(report(rows));
