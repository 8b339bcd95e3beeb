import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { createSiteCopy, projectRoot, startAstro } from '../lib/site-copy';
import { measureProcess } from './measure';
import { writeSyntheticCatalog, type EntryFormat } from './synthetic-catalog';
const size = Number(process.argv[2]); const format = process.argv[3] as EntryFormat;
const dir = createSiteCopy(join(projectRoot, `bench/results/sites/probe-${size}-${format}`));
writeSyntheticCatalog(join(dir, 'content/errors'), size, format);
if (format === 'md') writeFileSync(join(dir, 'src/loaders/error-catalog.ts'), readFileSync(join(import.meta.dirname, 'markdown-loader.ts'), 'utf8').replaceAll('../../src/lib/', '../lib/'));
const child = startAstro(dir, ['build']);
const start = Date.now();
const timer = setInterval(() => {
  try {
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    console.log(`t=${((Date.now() - start) / 1000).toFixed(0)}s astro rss ${(Number(rss) / 1024).toFixed(0)} MB`);
  } catch {}
}, 5000);
const run = await measureProcess(child);
clearInterval(timer);
console.log(run.output.split('\n').filter((l) => /\[(build|content|pagefind|error-catalog|vite)\]|Complete|entries|Indexed|error/i.test(l)).slice(-25).join('\n'));
console.log(`exit ${run.exitCode} ${run.seconds.toFixed(1)} s peak tree ${(run.peakBytes / 2 ** 20).toFixed(0)} MB largest ${(run.peakProcessBytes / 2 ** 20).toFixed(0)} MB`);
