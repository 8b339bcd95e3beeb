/**
 * Publishes the not-found page as `404.html`, the file static hosts and `astro preview` serve for
 * unknown URLs. It is built at /not-found/ because `/404/` belongs to the status page of HTTP 404,
 * which Astro's own `src/pages/404.astro` would collide with.
 */
import type { AstroIntegration } from 'astro';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export default function notFoundPage(): AstroIntegration {
  return {
    name: 'not-found-page',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        await copyFile(`${outDir}/not-found/index.html`, `${outDir}/404.html`);
      },
    },
  };
}
