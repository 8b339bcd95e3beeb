/**
 * Runs npm scripts in lanes side by side, one lane per core: `tsx scripts/run-lanes.ts "a b" "c d"` runs a then b
 * while c then d run. Each script's output is printed when it ends; the first failure stops everything.
 * The lanes of `npm test` share no files (the build-failure tests build copies of the site).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const lanes = process.argv.slice(2).map((lane) => lane.split(/\s+/).filter(Boolean));
const running = new Set<ChildProcess>();

function runScript(script: string): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      running.delete(child);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n── npm run ${script} (${seconds} s, exit ${code}) ──\n${Buffer.concat(output).toString()}`);
      if (code === 0) resolve();
      else reject(new Error(`npm run ${script} failed (exit ${code})`));
    });
  });
}

async function runLane(scripts: string[]): Promise<void> {
  for (const script of scripts) await runScript(script);
}

try {
  await Promise.all(lanes.map(runLane));
} catch (error) {
  for (const child of running) child.kill('SIGTERM');
  console.error(`\n${(error as Error).message}`);
  process.exit(1);
}
