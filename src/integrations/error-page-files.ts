/**
 * Puts the files static hosts read for errors where they belong, after the build:
 * - Astro writes the routes `/404` and `/500` as `404.html` and `500.html`, as if they were error
 *   pages; here they are the status pages of HTTP 404 and 500, so they move to `404/index.html`
 *   and `500/index.html`, where their URLs `/404/` and `/500/` point.
 * - The not-found page, built at /not-found/, becomes `404.html`, which hosts and `astro preview`
 *   serve for unknown URLs.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const statusPagesWrittenAsErrorPages = ['404', '500'];

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export default function errorPageFiles(): AstroIntegration {
  return {
    name: 'error-page-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const status of statusPagesWrittenAsErrorPages) {
          if (!(await exists(`${outDir}/${status}.html`))) continue;
          await mkdir(`${outDir}/${status}`, { recursive: true });
          await rename(`${outDir}/${status}.html`, `${outDir}/${status}/index.html`);
        }
        await copyFile(`${outDir}/not-found/index.html`, `${outDir}/404.html`);
      },
    },
  };
}
