/**
 * The opt-in build of many stories (10,000 by default): whether our build and the stock build
 * of the same MDX finish on this machine, how long they take, their peak memory, how many
 * pages they make, and our largest pages as the page budget weighs them. A build that fails
 * (out of memory, say) is recorded with the line that says why, and the report still written.
 */
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { pagesBuilt } from './build-log.ts';
import { coldStart, logged, OUTPUT, shown, type SiteBuild } from './builds.ts';
import { weighLargestPages, type PageSize } from './largest-pages.ts';
import type { Measured } from './measure.ts';
import { workspace } from './scaling.ts';

/** How many of the largest pages the report lists. */
const LARGEST = 5;

/**
 * V8's heap limit for both builds, in MiB: three quarters of the machine's memory. Node's
 * default (about 4 GiB) is too small for either site at 10,000 stories; a site of that size
 * needs the same setting in its own build (README, "Deploying").
 */
export function hugeHeapMiB(machineBytes: number = totalmem()): number {
  return Math.floor((machineBytes / 1024 / 1024) * 0.75);
}

/** The build with V8's heap limit raised, added to any NODE_OPTIONS it already had. */
export function withHeap(site: SiteBuild, heapMiB: number): SiteBuild {
  const options = [site.command.env['NODE_OPTIONS'], `--max-old-space-size=${String(heapMiB)}`].filter(Boolean);
  return { ...site, command: { ...site.command, env: { ...site.command.env, NODE_OPTIONS: options.join(' ') } } };
}

export interface HugeBuild {
  seconds: number;
  peakMiB: number;
  /** Astro's count of the pages it built ("… page(s) built"), when the build finished. */
  pages: number | undefined;
  /** Why the build failed, in a line: its exit and what its output says; undefined when it built. */
  failure: string | undefined;
}

export interface HugeResult {
  stories: number;
  /** When it was measured (ISO 8601). */
  date: string;
  /** What it was measured on, in a few words. */
  machine: string;
  ours: HugeBuild;
  stock: HugeBuild;
  /** Our HTML pages, all weighed; undefined when our build failed. */
  htmlPages: number | undefined;
  /** Our largest pages by HTML + CSS received, largest first. */
  largest: PageSize[];
  commands: string[];
}

/** Lines that say why a build stopped: V8 out of memory, an error, a kill. */
const FAILURE = /out of memory|heap limit|FATAL|\berror\b|Killed|ENOSPC|ENOMEM/i;

/** The line of a failed command's output that says why: the last one that names an error, else the last one. */
export function failureLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines.findLast((candidate) => FAILURE.test(candidate)) ?? lines.at(-1) ?? '(no output)';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The figures of one build, whether it finished or not. */
export function hugeBuild(measured: Pick<Measured, 'seconds' | 'peakMiB' | 'status' | 'signal' | 'output'>): HugeBuild {
  const failed = measured.status !== 0;
  const exit = measured.signal ? `killed by ${measured.signal}` : `exit ${String(measured.status)}`;
  return {
    seconds: measured.seconds,
    peakMiB: measured.peakMiB,
    pages: failed ? undefined : pagesBuilt(measured.output),
    failure: failed ? `${exit}: ${failureLine(measured.output)}` : undefined,
  };
}

async function build(site: SiteBuild, stories: number, progress: (line: string) => void): Promise<HugeBuild> {
  progress(`N=${String(stories)}: ${site.name} build, cold`);
  coldStart(site);
  const measured = await logged(site.command, join(OUTPUT, 'logs', `huge-${site.name}-${String(stories)}.log`));
  const figures = hugeBuild(measured);
  progress(
    `N=${String(stories)}: ${site.name} ${figures.failure ? `failed (${figures.failure})` : 'built'} in ${measured.seconds.toFixed(0)} s, peak ${measured.peakMiB.toFixed(0)} MiB`,
  );
  return figures;
}

export async function runHuge(
  stories: number,
  engineRoot: string,
  machine: string,
  progress: (line: string) => void,
): Promise<HugeResult> {
  const space = workspace(stories, engineRoot, progress);
  const heap = hugeHeapMiB();
  const [oursSite, stockSite] = [withHeap(space.ours, heap), withHeap(space.stock, heap)];
  const ours = await build(oursSite, stories, progress);
  const stock = await build(stockSite, stories, progress);
  let weighed: { pages: number | undefined; largest: PageSize[] } = { pages: undefined, largest: [] };
  if (!ours.failure) {
    progress(`N=${String(stories)}: weighing every page of our build`);
    weighed = weighLargestPages(space.ours.out, LARGEST, progress);
  }
  return {
    stories,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine,
    ours,
    stock,
    htmlPages: weighed.pages,
    largest: weighed.largest,
    commands: [shown(oursSite.command), shown(stockSite.command)],
  };
}
