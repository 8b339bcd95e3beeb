/**
 * Every (status, message) the extractor finds in a listed release must be accounted for: an entry's
 * message, one of an entry's `wordings`, or a decision in tests/fixtures/release-decisions.tsv (keyed
 * by status and message, whatever the release). `npm run source:decisions` prints what is missing.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { pairKey, type Release } from '../../src/lib/releases';
import { parseTsv } from '../../src/lib/tsv';
import { readCatalogFiles } from '../../tests/unit/content-files';

const root = resolve(import.meta.dirname, '../..');
export const decisionsFile = 'tests/fixtures/release-decisions.tsv';
export const decisionKinds = ['not-sent-to-clients', 'extraction-noise', 'test-only', 'unreachable', 'needs-entry'] as const;

export interface Decision {
  status: string;
  message: string;
  decision: string;
  reason: string;
}

export interface ExtractedPair {
  status: string;
  message: string;
  tags: string[];
  where: string;
}

export const listedReleases = (): Release[] =>
  parse(readFileSync(join(root, 'content/gateway-source/releases.yaml'), 'utf8')) as Release[];

/** Every distinct pair of every listed release, with the tags that send it and one place in the source. */
export function extractedPairs(): ExtractedPair[] {
  const pairs = new Map<string, ExtractedPair>();
  for (const { tag } of listedReleases()) {
    for (const row of parseTsv(readFileSync(join(root, 'content/gateway-source', tag, 'responses.tsv'), 'utf8'))) {
      const key = `${row['status']} ${row['message']}`;
      const pair = pairs.get(key) ?? {
        status: row['status']!,
        message: row['message']!,
        tags: [],
        where: `${row['file']}:${row['line']} at ${tag}`,
      };
      if (!pair.tags.includes(tag)) pair.tags.push(tag);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()];
}

/** The pairs the catalog covers: each entry's message and wordings, with the entry's id. */
export function cataloguedPairs(): Map<string, string> {
  const covered = new Map<string, string>();
  for (const file of readCatalogFiles()) {
    const data = file.frontmatter as {
      status: string | number;
      message: string;
      wordings?: Array<{ status?: number; message: string }>;
    };
    covered.set(pairKey({ status: data.status as number, message: data.message }), file.id);
    for (const wording of data.wordings ?? [])
      covered.set(pairKey({ status: (wording.status ?? data.status) as number, message: wording.message }), file.id);
  }
  return covered;
}

export function readDecisions(): Decision[] {
  return parseTsv(readFileSync(join(root, decisionsFile), 'utf8')) as unknown as Decision[];
}

/** TSV lines to add to the decisions file for pairs nothing accounts for. */
export function unaccounted(): ExtractedPair[] {
  const covered = cataloguedPairs();
  const decided = new Set(readDecisions().map((decision) => `${decision.status} ${decision.message}`));
  return extractedPairs().filter(
    (pair) => !covered.has(`${pair.status} ${pair.message}`) && !decided.has(`${pair.status} ${pair.message}`),
  );
}

/** Per listed release: distinct pairs, how many an entry covers (message or wording), decisions by kind. */
export function releaseCounts(): string {
  const covered = cataloguedPairs();
  const decided = new Map(readDecisions().map((decision) => [`${decision.status} ${decision.message}`, decision.decision]));
  const pairs = extractedPairs();
  const rows = listedReleases().map(({ tag }) => {
    const sent = pairs.filter((pair) => pair.tags.includes(tag)).map((pair) => `${pair.status} ${pair.message}`);
    const byKind = decisionKinds.map((kind) => sent.filter((key) => !covered.has(key) && decided.get(key) === kind).length);
    return `| ${tag} | ${sent.length} | ${sent.filter((key) => covered.has(key)).length} | ${byKind.join(' | ')} |`;
  });
  return [
    `| release | pairs | entries | ${decisionKinds.join(' | ')} |`,
    `| --- | ---: | ---: | ${decisionKinds.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

if (process.argv[1] === import.meta.filename && process.argv.includes('--counts')) {
  console.log(releaseCounts());
} else if (process.argv[1] === import.meta.filename) {
  const missing = unaccounted();
  console.log(`${missing.length} extracted pairs are neither an entry's message or wording nor decided in ${decisionsFile}.`);
  for (const pair of missing) {
    console.log(
      `${pair.status}\t${pair.message.replace(/\t/g, '\\t').replace(/\n/g, '\\n')}\t<decision>\t<reason>\t# ${pair.where}; ${pair.tags.join(' ')}`,
    );
  }
}
