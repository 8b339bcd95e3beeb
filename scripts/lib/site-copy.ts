/**
 * A copy of this site with another content/errors, for build-failure tests and benchmarks: the
 * code and config are copied, node_modules is linked, and Astro runs on the project's own Node.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Makes `dir` a copy of the site whose content/errors is `errorsDirs` laid one over the other (or
 * left empty to fill).
 */
export function createSiteCopy(dir: string, ...errorsDirs: string[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/errors'), { recursive: true });
  for (const path of [
    'src',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'content/statuses.yaml',
    'content/flag-notes.yaml',
    // Run by the build scripts after astro build (package.json).
    'scripts/search-index.ts',
    'content/gateway-source',
  ]) {
    cpSync(join(projectRoot, path), join(dir, path), { recursive: true });
  }
  for (const errorsDir of errorsDirs) cpSync(errorsDir, join(dir, 'content/errors'), { recursive: true, verbatimSymlinks: true });
  // A fixture's own list of published URLs, if it has one; otherwise nothing was published before.
  const manifest = join(dir, 'content/errors/published-urls.txt');
  if (existsSync(manifest)) renameSync(manifest, join(dir, 'content/published-urls.txt'));
  else writeFileSync(join(dir, 'content/published-urls.txt'), '');
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Starts Astro (`sync`, `build`, `preview` …) in a site directory; builds are local unless SITE_URL is given. */
export function startAstro(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', LOCAL_BUILD: '1', ...env },
  });
}
