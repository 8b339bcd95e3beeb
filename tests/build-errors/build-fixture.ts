/**
 * Runs Astro on a copy of the site whose content/errors is a fixture catalog, in this process:
 * Astro's own `sync` (the content layer, where entry errors arise) or `build`, through its
 * programmatic API, so the cases share one loaded Astro instead of starting a process each.
 */
import { build, sync } from 'astro';
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSiteCopy, projectRoot } from '../../scripts/lib/site-copy';

const workRoot = join(projectRoot, 'tests/.tmp/build-errors');
const fixturesRoot = join(projectRoot, 'tests/fixtures/catalogs');

export interface AstroResult {
  ok: boolean;
  /** What Astro reports: the error's name, message, location and hint, as the CLI prints them. */
  output: string;
}

// Fixture sites are built for this machine: without it, astro build refuses to run without SITE_URL.
process.env['LOCAL_BUILD'] = '1';

function describeError(error: unknown): string {
  const { name, message, hint, loc } = error as {
    name?: string;
    message?: string;
    hint?: string;
    loc?: { file?: string; line?: number };
  };
  const location = loc?.file ? `\n  Location: ${loc.file}${loc.line === undefined ? '' : `:${loc.line}`}` : '';
  return `[${name}] ${message}${hint ? `\n  Hint: ${hint}` : ''}${location}`;
}

/** Astro's inline config for a site copy. node_modules is shared by every copy (a link): their caches must not be, or the cases race. */
export function fixtureConfig(root: string, logLevel: 'silent' | 'info' = 'silent') {
  return { root, logLevel, cacheDir: join(root, '.cache/astro'), vite: { cacheDir: join(root, '.cache/vite') } } as const;
}

/**
 * `sync` runs the content layer only; `build` also renders every page (needed for rules in src/data).
 * `over: 'valid'` lays the fixture's files over the valid catalog, so a fixture holds only what is broken.
 */
export async function runFixture(
  fixture: string,
  { command = 'sync', over }: { command?: 'sync' | 'build'; over?: 'valid' } = {},
): Promise<AstroResult> {
  const layers = [...(over ? [over] : []), fixture].map((name) => join(fixturesRoot, name));
  const config = fixtureConfig(createSiteCopy(join(workRoot, fixture), ...layers));
  try {
    if (command === 'sync') await sync(config);
    else await build(config);
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: describeError(error) };
  }
}

/** A page of a fixture site built with `runFixture(fixture, { command: 'build' })`. */
export function readBuiltPage(fixture: string, path: string): string {
  return readFileSync(join(workRoot, fixture, 'dist', path), 'utf8');
}

/** Runs the fixture and expects Astro to fail with every one of the `expected` texts in its report. */
export async function expectFailure(
  fixture: string,
  expected: string[],
  options: Parameters<typeof runFixture>[1] = { over: 'valid' },
): Promise<void> {
  const { ok, output } = await runFixture(fixture, options);
  expect(ok, output).toBe(false);
  for (const text of expected) expect(output).toContain(text);
}

/** The entry most fixtures break. */
export const quotaEntry = 'content/errors/403/quota-exceeded.mdx';
