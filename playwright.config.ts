import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';

const chromium = { executablePath: chromiumPath, args: chromiumFlags };

export const basePath = '/docs/gateway-errors/';

/** Ports for the two preview servers; E2E_PORT lets several checkouts run their browser tests side by side. */
const rootPort = Number(process.env['E2E_PORT'] ?? 4321);
const basePort = rootPort + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: { launchOptions: chromium, trace: 'off' },
  projects: [
    { name: 'root', testIgnore: /base-path/, use: { baseURL: `http://localhost:${rootPort}` } },
    { name: 'base-path', testMatch: /base-path/, use: { baseURL: `http://localhost:${basePort}${basePath}` } },
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
  ],
});
