/** A build for publishing without SITE_URL stops, naming the variable and what to do; LOCAL_BUILD=1 builds. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createSiteCopy, projectRoot } from '../../scripts/lib/site-copy';

test('astro build without SITE_URL fails before writing anything, and says how to set it', () => {
  const site = createSiteCopy(
    join(projectRoot, 'tests/.tmp/build-errors/site-url'),
    join(projectRoot, 'tests/fixtures/catalogs/valid'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env['SITE_URL'];
  delete env['LOCAL_BUILD'];
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    encoding: 'utf8',
    env,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('SITE_URL is not set');
  expect(output).toContain('npm run build:local');
  expect(existsSync(join(site, 'dist'))).toBe(false);
});
