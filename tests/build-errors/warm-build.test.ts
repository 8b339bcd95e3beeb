/**
 * A warm build renders no unchanged entry: the loader keeps each entry's HTML in Astro's data store
 * under a digest of its file (and of what else the HTML depends on), and says how many it rendered.
 * Three runs of Astro's content layer on one copy of the valid catalog: cold, warm, and after one
 * entry's file changed.
 */
import { sync } from 'astro';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { createSiteCopy, projectRoot } from '../../scripts/lib/site-copy';
import { fixtureConfig, quotaEntry } from './build-fixture';

const root = join(projectRoot, 'tests/.tmp/build-errors/warm-build');
const config = fixtureConfig(root, 'info');

/** Runs `astro sync` and returns the loader's count line, read from Astro's log. */
async function syncAndCount(): Promise<string | undefined> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
  try {
    await sync(config);
  } finally {
    spy.mockRestore();
  }
  return /\d+ entries rendered, \d+ unchanged and reused/.exec(written.join(''))?.[0];
}

afterEach(() => vi.restoreAllMocks());

test('a warm build reuses the stored HTML of unchanged entries and renders a changed one again', async () => {
  createSiteCopy(root, join(projectRoot, 'tests/fixtures/catalogs/valid'));
  expect(await syncAndCount()).toBe('2 entries rendered, 0 unchanged and reused');
  expect(await syncAndCount()).toBe('0 entries rendered, 2 unchanged and reused');

  appendFileSync(join(root, quotaEntry), '\nOne more sentence.\n');
  expect(await syncAndCount()).toBe('1 entries rendered, 1 unchanged and reused');
  expect(readFileSync(join(root, '.cache/astro/data-store.json'), 'utf8')).toContain('One more sentence.');
});
