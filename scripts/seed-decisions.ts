/**
 * Writes tests/fixtures/seed-decisions.tsv: every (status, message) row of Tyk's two older error
 * pages (../shared/seeds), and the entry that accounts for it, found through the entries'
 * `documentedAs`. Run after changing `documentedAs`: `npm run seeds:decisions`. Rows no entry
 * lists are printed and written as `unresolved`, which the unit tests reject.
 *
 * Decisions: `entry` (the gateway sends exactly this status and message), `alias` (the same
 * response listed under another status or wording), `never-sent` (the gateway never sends it:
 * a test name, a log line, a removed feature; the entry of what users really get explains it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { normaliseSeedMessage } from './lib/seed-rows';

const root = resolve(import.meta.dirname, '..');
const seedsDir = resolve(root, process.argv[2] ?? '../shared/seeds');
const outFile = join(root, 'tests/fixtures/seed-decisions.tsv');

interface SeedRow {
  seed: 'published' | 'draft';
  status: string;
  message: string;
}

function publishedRows(text: string): SeedRow[] {
  return text
    .split('\n')
    .filter((line) => /^\|\s*\d{3}\s*\|/.test(line))
    .map((line) => {
      const [, status = '', message = ''] = line.split('|').map((cell) => cell.trim());
      return { seed: 'published', status, message };
    });
}

function draftRows(text: string): SeedRow[] {
  const rows: SeedRow[] = [];
  let status = '';
  for (const line of text.split('\n')) {
    const heading = /^\*\*Error Code (\w+):\*\*/.exec(line);
    if (heading) status = heading[1]!;
    const item = /^- (.+)$/.exec(line);
    if (item && status && item[1]!.trim() !== 'TBD') rows.push({ seed: 'draft', status, message: item[1]!.trim() });
  }
  return rows;
}

interface Listing {
  id: string;
  status: string;
  message: string;
  listedStatus: string;
  listedMessage: string;
  note: string;
}

function listings(): Listing[] {
  const base = join(root, 'content/errors');
  const found: Listing[] = [];
  for (const folder of readdirSync(base)) {
    for (const file of readdirSync(join(base, folder)).filter((name) => /\.mdx$/.test(name))) {
      const text = readFileSync(join(base, folder, file), 'utf8');
      const data = parse(text.split(/^---$/m)[1] ?? '') as {
        status: number | string;
        message: string;
        documentedAs?: Array<{ status?: number | string; message: string; in: string; note?: string }>;
      };
      for (const listing of data.documentedAs ?? []) {
        found.push({
          id: `${folder}/${file.replace(/\.mdx$/, '')}`,
          status: String(data.status),
          message: data.message,
          listedStatus: String(listing.status ?? ''),
          listedMessage: `${listing.in}\u0000${listing.message}`,
          note: listing.note ?? '',
        });
      }
    }
  }
  return found;
}

const neverSentNote =
  /never (sent|sends|returned|returns|written|writes)|not sent|does not send|doesn't send|not an? (http )?response|log line|test name|test case|only in (a )?tests?|removed|no longer/i;

const seedRows = [
  ...publishedRows(readFileSync(join(seedsDir, '001_85029b04f36cd0ac.txt'), 'utf8')),
  ...draftRows(readFileSync(join(seedsDir, '000_0266e28e73cb554d.txt'), 'utf8')),
];
const allListings = listings();
const unresolved: SeedRow[] = [];

const lines = seedRows.map((row) => {
  const wanted = normaliseSeedMessage(row.message);
  const candidates = allListings.filter((listing) => {
    const [seed, message = ''] = listing.listedMessage.split('\u0000');
    return seed === row.seed && normaliseSeedMessage(message) === wanted;
  });
  const listing = candidates.find((candidate) => candidate.listedStatus === row.status) ?? candidates[0];
  if (!listing) {
    unresolved.push(row);
    return [row.seed, row.status, row.message, 'unresolved', ''].join('\t');
  }
  const exact = listing.status === row.status && listing.message === row.message;
  const decision = exact ? 'entry' : neverSentNote.test(listing.note) ? 'never-sent' : 'alias';
  return [row.seed, row.status, row.message, decision, listing.id].join('\t');
});

writeFileSync(outFile, ['seed\tstatus\tmessage\tdecision\ttarget', ...lines].join('\n') + '\n');
console.log(`${seedRows.length} seed rows written to ${outFile}; ${unresolved.length} unresolved.`);
for (const row of unresolved) console.log(`  unresolved: ${row.seed} ${row.status} ${row.message}`);
