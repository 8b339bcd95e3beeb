/** Builds a copy of the site whose content/errors is a fixture catalog, and returns what Astro printed. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSiteCopy, projectRoot } from '../../scripts/lib/site-copy';

const workRoot = join(projectRoot, 'tests/.tmp/build-errors');

export interface SyncResult {
  exitCode: number | null;
  output: string;
}

/** `sync` runs the content layer only; `build` also renders every page (needed for rules in src/data). */
export function buildFixtureCatalog(fixture: string, command: 'sync' | 'build' = 'sync'): SyncResult {
  const site = createSiteCopy(join(workRoot, fixture), join(projectRoot, 'tests/fixtures/catalogs', fixture));
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', LOCAL_BUILD: '1' },
  });
  return { exitCode: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A page of a fixture site built with `buildFixtureCatalog(fixture, 'build')`. */
export function readBuiltPage(fixture: string, path: string): string {
  return readFileSync(join(workRoot, fixture, 'dist', path), 'utf8');
}
