/**
 * Runs Astro on a copy of the site whose
 * content/errors is a fixture catalog, and returns the exit code and everything Astro printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const workRoot = join(root, 'tests/.tmp/build-errors');

export interface SyncResult {
  exitCode: number | null;
  output: string;
}

/** `sync` runs the content layer only; `build` also renders every page (needed for rules in src/data). */
export function buildFixtureCatalog(fixture: string, command: 'sync' | 'build' = 'sync'): SyncResult {
  const site = join(workRoot, fixture);
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'content'), { recursive: true });
  for (const path of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/statuses.yaml']) {
    cpSync(join(root, path), join(site, path), { recursive: true });
  }
  cpSync(join(root, 'tests/fixtures/catalogs', fixture), join(site, 'content/errors'), { recursive: true });
  // A fixture's own list of published URLs, if it has one; otherwise nothing was published before.
  const manifest = join(site, 'content/errors/published-urls.txt');
  if (existsSync(manifest)) renameSync(manifest, join(site, 'content/published-urls.txt'));
  else writeFileSync(join(site, 'content/published-urls.txt'), '');
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');

  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { exitCode: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A page of a fixture site built with `buildFixtureCatalog(fixture, 'build')`. */
export function readBuiltPage(fixture: string, path: string): string {
  return readFileSync(join(workRoot, fixture, 'dist', path), 'utf8');
}
