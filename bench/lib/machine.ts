import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from './builds.ts';

/** What the numbers were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  astro: string;
  date: string;
  /** The 1-minute load average when the run started and when it ended: other work on the machine. */
  load: { start: number; end: number };
}

function version(pkg: string): string {
  const manifest = JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

export function describeMachine(loadAtStart: number): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: totalmem() / 1024 ** 3,
    os: `${osType()} ${release()}`,
    node: process.version,
    astro: `astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, @astrojs/starlight ${version('@astrojs/starlight')}, lighthouse ${version('lighthouse')}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: { start: loadAtStart, end: loadavg()[0] ?? 0 },
  };
}
