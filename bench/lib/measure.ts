/**
 * Runs a command and measures it: wall time, and peak memory as the largest sum of resident
 * memory (VmRSS) over the command's process tree, read from /proc every 100 ms. A build starts
 * helpers (astro under the build script, workers); one process's peak would miss them.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const POLL_MS = 100;

export interface Measured {
  seconds: number;
  /** Peak resident memory of the process tree, in MiB. */
  peakMiB: number;
  status: number;
  /** The signal that ended it, if one did ("SIGKILL" when the system ran out of memory). */
  signal: string | undefined;
  /** Everything it printed, stdout and stderr as they came. */
  output: string;
}

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Parent of every process, from /proc/<pid>/stat ("pid (comm) state ppid …"; comm may hold spaces). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return children;
}

function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in KiB. */
export function treeRssKiB(root: number): number {
  const children = parents();
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += rssKiB(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure({ command, args, cwd, env }: Command): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const keep = (chunk: Buffer) => {
      chunks.push(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const poll = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssKiB(child.pid));
    }, POLL_MS);
    child.on('error', (error) => {
      clearInterval(poll);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(poll);
      done({
        seconds: (performance.now() - started) / 1000,
        peakMiB: peak / 1024,
        status: code ?? (signal ? 128 : 1),
        signal: signal ?? undefined,
        output: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
