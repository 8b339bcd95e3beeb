/**
 * Every row of Tyk's two older error pages is accounted for (tests/fixtures/seed-decisions.tsv,
 * written by `npm run seeds:decisions`): as an entry, an alias of one, or a wording the gateway
 * never sends whose real entry explains it. Nobody searching the old wording hits a dead end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normaliseSeedMessage } from '../../scripts/lib/seed-rows';
import { projectRoot, readCatalogFiles } from './content-files';

interface Decision {
  seed: string;
  status: string;
  message: string;
  decision: string;
  target: string;
}

const decisions: Decision[] = readFileSync(join(projectRoot, 'tests/fixtures/seed-decisions.tsv'), 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [seed = '', status = '', message = '', decision = '', target = ''] = line.split('\t');
    return { seed, status, message, decision, target };
  });

const entries = new Map(readCatalogFiles().map((file) => [file.id, file.frontmatter]));
type Listing = { status?: unknown; message: string; in: string };

describe('seed decisions', () => {
  test('list every row of both seed documents', () => {
    expect(decisions.filter((row) => row.seed === 'published')).toHaveLength(105);
    expect(decisions.filter((row) => row.seed === 'draft')).toHaveLength(153);
  });

  test('decide every row: entry, alias or never-sent, never silently dropped', () => {
    const undecided = decisions.filter((row) => !['entry', 'alias', 'never-sent'].includes(row.decision));
    expect(undecided.map((row) => `${row.seed} ${row.status} ${row.message}`)).toEqual([]);
  });

  test.each(decisions.map((row) => [`${row.seed} ${row.status} ${row.message}`, row] as const))(
    '%s resolves to a page that lists it',
    (_, row) => {
      const target = entries.get(row.target);
      expect(target, `${row.target} is not an entry`).toBeDefined();
      const listings = (target!['documentedAs'] ?? []) as Listing[];
      expect(
        listings.some(
          (listing) => listing.in === row.seed && normaliseSeedMessage(listing.message) === normaliseSeedMessage(row.message),
        ),
      ).toBe(true);
      if (row.decision === 'entry') {
        expect(String(target!['status'])).toBe(row.status);
        expect(target!['message']).toBe(row.message);
      }
    },
  );
});
