/**
 * The benchmark: build time, memory and content check against the number of stories (beside a
 * stock Astro site of the same MDX), the memory each added story costs, rebuilds after each
 * kind of edit, Lighthouse on the real site, the default story's weight beside a stock
 * Starlight site, and on request a build of 10,000 stories. A script, not a test: it writes its
 * numbers to BENCHMARKS.md. Run with --help for the options.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { copyEngine, OUTPUT, PROJECT } from './lib/builds.ts';
import { runHuge } from './lib/huge.ts';
import { readHuge } from './lib/huge-record.ts';
import { runIncremental } from './lib/incremental.ts';
import { describeMachine } from './lib/machine.ts';
import { median } from './lib/measure.ts';
import { runMemory } from './lib/memory.ts';
import { parseOptions, runsPart, USAGE, UsageError, type BenchOptions, type Part } from './lib/options.ts';
import { buildPerStoryChart } from './lib/plot.ts';
import { buildRealSite, runLighthousePart, runWeightPart, type RealSite } from './lib/real-site.ts';
import { renderReport, type BenchResults } from './lib/report.ts';
import { runScaling, workspace, type Workspace } from './lib/scaling.ts';

const CHART_NAME = 'bench-build-per-story.svg';

const started = performance.now();
function progress(line: string): void {
  const elapsed = Math.round((performance.now() - started) / 1000);
  const clock = `${String(Math.floor(elapsed / 60)).padStart(2, '0')}:${String(elapsed % 60).padStart(2, '0')}`;
  console.log(`[${clock}] ${line}`);
}

/** In a full run, the build of many stories the last report kept, if it kept one. */
function keptHuge(options: BenchOptions): BenchResults['huge'] {
  const report = join(PROJECT, 'BENCHMARKS.md');
  const kept = options.full && existsSync(report) ? readHuge(readFileSync(report, 'utf8')) : undefined;
  return kept ? { result: kept, kept: true } : undefined;
}

/** Writes the report and the chart: into the project for a full run, else into bench-output/. */
async function writeReport(results: BenchResults, loadAtStart: number): Promise<void> {
  // A trial run keeps its report apart, so that the figures kept with the project are a full run's.
  const full = results.options.full;
  const reportFile = full ? join(PROJECT, 'BENCHMARKS.md') : join(OUTPUT, 'BENCHMARKS.md');
  const chartFile = full ? join(PROJECT, 'docs', CHART_NAME) : join(OUTPUT, CHART_NAME);
  if (results.scaling && results.scaling.rows.length > 0) {
    const rows = results.scaling.rows;
    const perStory = (pick: (row: (typeof rows)[number]) => number[]) =>
      rows.map((row) => ({ stories: row.stories, msPerStory: (median(pick(row)) / row.stories) * 1000 }));
    writeFileSync(
      chartFile,
      buildPerStoryChart([
        { name: 'ours', colour: '#1f5fa8', dash: 'none', points: perStory((row) => row.ours.seconds) },
        { name: 'stock Astro + MDX', colour: '#b4451f', dash: '7 5', points: perStory((row) => row.stock.seconds) },
      ]),
    );
    results.chart = relative(join(reportFile, '..'), chartFile);
  }
  results.machine = describeMachine(loadAtStart);
  results.totalSeconds = (performance.now() - started) / 1000;
  writeFileSync(reportFile, await renderReport(results, reportFile));
  progress(`wrote ${relative(PROJECT, reportFile)}${results.chart ? ` and ${relative(PROJECT, chartFile)}` : ''}`);
}

async function bench(options: BenchOptions): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  const wants = (part: Part) => runsPart(options, part);
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  const engineRoot = join(OUTPUT, 'engine');
  copyEngine(engineRoot);

  const results: BenchResults = {
    machine: describeMachine(loadAtStart),
    options,
    totalSeconds: 0,
    scaling: undefined,
    incremental: undefined,
    memory: undefined,
    huge: undefined,
    site: undefined,
    lighthouse: undefined,
    weight: undefined,
    chart: undefined,
  };

  let workspaces = new Map<number, Workspace>();
  if (wants('scaling')) {
    const scaling = await runScaling(options.sizes, options.runs, engineRoot, progress);
    results.scaling = scaling.result;
    workspaces = scaling.workspaces;
  }
  if (wants('incremental')) {
    const stories = options.incrementalStories;
    const reused = workspaces.get(stories);
    const row = results.scaling?.rows.find((candidate) => candidate.stories === stories);
    const space = reused ?? workspace(stories, engineRoot, progress);
    const cold = reused && row ? { ours: row.ours.seconds, stock: row.stock.seconds } : undefined;
    results.incremental = await runIncremental(space, engineRoot, cold, progress);
  }
  if (wants('memory')) {
    results.memory = await runMemory(options.memorySizes, results.scaling?.rows ?? [], engineRoot, progress);
  }
  let site: RealSite | undefined;
  if (wants('lighthouse') || wants('weight')) site = await buildRealSite(engineRoot, progress);
  results.site = site;
  try {
    if (site && wants('lighthouse'))
      results.lighthouse = await runLighthousePart(site, options.lighthouseRuns, progress);
    if (site && wants('weight')) results.weight = await runWeightPart(site, progress);
  } finally {
    await site?.server.close();
  }

  results.huge = keptHuge(options);
  // The build of many stories comes last, and the rest is written first: a run stopped in the
  // middle of it, or a machine that cannot make it, still leaves the other figures.
  if (wants('huge')) {
    if (options.full) await writeReport(results, loadAtStart);
    const machine = results.machine;
    const on = `${machine.cpu}, ${String(machine.cores)} cores, ${machine.memoryGiB.toFixed(1)} GiB`;
    results.huge = { result: await runHuge(options.hugeStories, engineRoot, on, progress), kept: false };
  }
  await writeReport(results, loadAtStart);
}

try {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) process.stdout.write(USAGE);
  else await bench(options);
} catch (error) {
  const isUsage =
    error instanceof UsageError ||
    (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  if (!isUsage) throw error;
  process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
