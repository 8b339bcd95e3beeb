/** Runs a command and records its wall time and the peak memory of its whole process tree (Linux /proc). */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

const ticksPerSecond = 100;

/** CPU seconds (user + system) each process has used so far, by pid. */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** The resident memory of a process tree: the sum, and the largest single process; and every pid in it. */
function treeRssBytes(root: number): { total: number; largest: number; pids: number[] } {
  const children = childrenOf();
  let total = 0;
  let largest = 0;
  const pending = [root];
  const pids: number[] = [];
  while (pending.length) {
    const pid = pending.pop()!;
    pids.push(pid);
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
      largest = Math.max(largest, Number(rss ?? 0) * 1024);
    } catch {
      // Gone already.
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return { total, largest, pids };
}

export interface RunMeasurement {
  exitCode: number | null;
  seconds: number;
  /** Peak of the whole process tree's resident memory. */
  peakBytes: number;
  /** Peak of the largest single process. */
  peakProcessBytes: number;
  /**
   * CPU time of the whole tree (user + system, as last sampled per process): on a machine shared with
   * other work, wall time depends on the load, CPU time much less.
   */
  cpuSeconds: number;
  output: string;
}

export function measureProcess(child: ChildProcess): Promise<RunMeasurement> {
  const started = performance.now();
  let peakBytes = 0;
  let peakProcessBytes = 0;
  let output = '';
  const cpuByPid = new Map<number, number>();
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const { total, largest, pids } = treeRssBytes(child.pid);
    for (const pid of pids) cpuByPid.set(pid, cpuSecondsOf(pid) ?? cpuByPid.get(pid) ?? 0);
    peakBytes = Math.max(peakBytes, total);
    peakProcessBytes = Math.max(peakProcessBytes, largest);
  }, 100);
  return new Promise((resolvePromise) => {
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      const cpuSeconds = [...cpuByPid.values()].reduce((sum, seconds) => sum + seconds, 0);
      resolvePromise({
        exitCode,
        seconds: (performance.now() - started) / 1000,
        peakBytes,
        peakProcessBytes,
        cpuSeconds,
        output,
      });
    });
  });
}
