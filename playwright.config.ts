import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';

const chromium = { executablePath: chromiumPath, args: chromiumFlags };

export const basePath = '/docs/gateway-errors/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: { launchOptions: chromium, trace: 'off' },
  projects: [
    { name: 'root', testIgnore: /base-path/, use: { baseURL: 'http://localhost:4321' } },
    { name: 'base-path', testMatch: /base-path/, use: { baseURL: `http://localhost:4322${basePath}` } },
  ],
  webServer: [
    {
      command: 'astro preview --port 4321 --ignore-lock',
      url: 'http://localhost:4321/',
      reuseExistingServer: !process.env['CI'],
      stdout: 'ignore',
    },
    {
      command: 'astro preview --outDir dist-base --port 4322 --ignore-lock',
      url: `http://localhost:4322${basePath}`,
      env: { BASE_PATH: basePath },
      reuseExistingServer: !process.env['CI'],
      stdout: 'ignore',
    },
  ],
});
