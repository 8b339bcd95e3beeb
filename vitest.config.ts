import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Checks of the built site in dist/: run after `npm run build`.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
      {
        // Each case runs the real Astro on a broken catalog in its worker, one at a time; the files run side by side.
        test: {
          name: 'build-errors',
          include: ['tests/build-errors/**/*.test.ts'],
          testTimeout: 120_000,
          maxWorkers: 2,
          env: { ASTRO_TELEMETRY_DISABLED: '1' },
        },
      },
    ],
  },
});
