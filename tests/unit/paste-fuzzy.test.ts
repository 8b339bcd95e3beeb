import { describe, expect, test } from 'vitest';
import { buildFuzzyIndex, buildFuzzyIndexInChunks, nearestWordings, type FuzzyIndex } from '../../src/lib/paste/fuzzy';
import { prepareTable } from '../../src/lib/paste/match';
import { searchTableEntry } from '../../src/lib/paste/table';

const topics = 'policy quota certificate token upstream header version organisation session scope claim'.split(' ');
// More wordings than one chunk holds, so the build in chunks takes several tasks.
const table = prepareTable(
  Array.from({ length: 260 }, (_, index) => {
    const message = `The ${topics[index % topics.length]} ${topics[(index * 7) % topics.length]} check failed number ${index}`;
    return searchTableEntry(
      { status: 403, message, summary: '', category: 'c', audience: 'api-consumer', documentedAs: [] },
      `/403/entry-${index}/`,
    );
  }),
);
const whole = buildFuzzyIndex(table);
const nearest = (index: FuzzyIndex) =>
  nearestWordings(index, 'the quota sesion chek failed number 42', 5).map(({ wording }) => wording.entry.path);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the fuzzy index built in chunks', () => {
  test('once done, answers exactly as the index built in one go', async () => {
    const build = buildFuzzyIndexInChunks(table, Promise.resolve());
    const index = await build.done;
    expect(index.search.documentCount).toBe(table.wordings.length);
    expect(nearest(index)).toEqual(nearest(whole));
    expect(nearest(index).length).toBeGreaterThan(0);
  });

  test('does not start before it is told to; finishing it then builds it all at once', () => {
    const build = buildFuzzyIndexInChunks(table, new Promise(() => {}));
    const index = build.finish();
    expect(index.search.documentCount).toBe(table.wordings.length);
    expect(nearest(index)).toEqual(nearest(whole));
  });

  test('finished halfway (a query needs it now), no wording is indexed twice and the build still completes', async () => {
    const build = buildFuzzyIndexInChunks(table, Promise.resolve());
    await nextTask();
    await nextTask();
    const finished = build.finish();
    expect(finished.search.documentCount).toBe(table.wordings.length);
    // MiniSearch throws on a document added twice: the background loop must see the work is done.
    await expect(build.done).resolves.toBe(finished);
    expect(nearest(finished)).toEqual(nearest(whole));
  });
});
