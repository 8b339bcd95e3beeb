import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';

const chromium = { executablePath: chromiumPath, args: chromiumFlags };

export const basePath = '/docs/gateway-errors/';

/** One browser per core of the 2-core machines this runs on; the accessibility sweep sizes its parts to it. */
export const workerCount = 2;

/**
 * Ports: the two preview servers, nginx with deploy/nginx.conf, and a static host without server rules
 * (GitHub Pages, S3). E2E_PORT lets several checkouts run their browser tests side by side.
 */
const rootPort = Number(process.env['E2E_PORT'] ?? 4321);
const basePort = rootPort + 1;
const nginxPort = rootPort + 2;
const staticHostPort = rootPort + 3;

/** How links typed by hand land: on every kind of server (malformed escapes: on real servers only). */
const forgivingUrls = /forgiving-urls\.spec/;
const malformedUrls = /malformed-urls\.spec/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: workerCount,
  retries: 0,
  // Generous, for a machine busy with other work: a passing test never waits for these.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: true,
  reporter: [['list']],
  use: { launchOptions: chromium, trace: 'off' },
  projects: [
    { name: 'root', testIgnore: /base-path|nginx|static-host|malformed-urls/, use: { baseURL: `http://localhost:${rootPort}` } },
    { name: 'base-path', testMatch: /base-path/, use: { baseURL: `http://localhost:${basePort}${basePath}` } },
    {
      name: 'nginx',
      testMatch: [/nginx\.spec/, forgivingUrls, malformedUrls],
      use: { baseURL: `http://127.0.0.1:${nginxPort}` },
    },
    {
      name: 'static-host',
      testMatch: [/static-host\.spec/, forgivingUrls, malformedUrls],
      use: { baseURL: `http://127.0.0.1:${staticHostPort}` },
    },
  ],
  webServer: [
    {
      command: `astro preview --port ${rootPort} --ignore-lock`,
      url: `http://localhost:${rootPort}/`,
      reuseExistingServer: !process.env['CI'],
      stdout: 'ignore',
    },
    {
      command: `astro preview --outDir dist-base --port ${basePort} --ignore-lock`,
      url: `http://localhost:${basePort}${basePath}`,
      env: { BASE_PATH: basePath },
      reuseExistingServer: !process.env['CI'],
      stdout: 'ignore',
    },
    {
      command: `tsx tests/servers/nginx.ts ${nginxPort}`,
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: !process.env['CI'],
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      command: `python3 tests/servers/static-host.py ${staticHostPort} dist`,
      url: `http://127.0.0.1:${staticHostPort}/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
