/**
 * How the build grows with the number of stories: for each N, the content check, our build
 * and the stock Astro build of the same MDX, each run cold (output and caches deleted), ours
 * and stock interleaved so that a change in the machine's load falls on both.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPhases, type BuildPhases } from './build-log.ts';
import { checkCommand, coldBuild, oursBuild, OUTPUT, peerBuild, shown, timed, type SiteBuild } from './builds.ts';
import { median } from './measure.ts';
import { writeStockSite } from './peer-sites.ts';
import { writeSyntheticContent, type SyntheticContent } from './synthetic-content.ts';

export interface Sample {
  seconds: number[];
  peakMiB: number[];
}

export interface ScalingRow {
  stories: number;
  /** `npm run check` with its cache of parsed files emptied first. */
  check: number[];
  /** `npm run check` right after, every file in its cache. */
  checkWarm: number[];
  ours: Sample;
  stock: Sample;
}

export interface ScalingResult {
  rows: ScalingRow[];
  /** Where the time went in the last run of each at the largest N. */
  phases: { stories: number; ours: BuildPhases; stock: BuildPhases } | undefined;
  commands: string[];
}

/** A content set and the two builds of it, kept for the incremental benchmark. */
export interface Workspace {
  content: SyntheticContent;
  ours: SiteBuild;
  stock: SiteBuild;
  stockRoot: string;
}

const sample = (): Sample => ({ seconds: [], peakMiB: [] });

/** Writes N stories and the stock site of them, and says how to build each. */
export function workspace(stories: number, engineRoot: string, progress: (line: string) => void): Workspace {
  const folder = join(OUTPUT, `n${String(stories)}`);
  // Another part may have built and edited this N already: its content starts afresh.
  rmSync(folder, { recursive: true, force: true });
  progress(`writing ${String(stories)} stories and the stock site of them`);
  const content = writeSyntheticContent(join(folder, 'content'), stories);
  const stockRoot = join(folder, 'stock');
  writeStockSite(stockRoot, content.dir);
  return {
    content,
    ours: oursBuild(engineRoot, content.dir, join(folder, 'ours')),
    stock: peerBuild('stock', stockRoot),
    stockRoot,
  };
}

export async function runScaling(
  sizes: readonly number[],
  runs: number,
  engineRoot: string,
  progress: (line: string) => void,
): Promise<{ result: ScalingResult; workspaces: Map<number, Workspace> }> {
  const rows: ScalingRow[] = [];
  const workspaces = new Map<number, Workspace>();
  let phases: ScalingResult['phases'];
  let commands: string[] = [];
  for (const stories of sizes) {
    const space = workspace(stories, engineRoot, progress);
    workspaces.set(stories, space);
    const row: ScalingRow = { stories, check: [], checkWarm: [], ours: sample(), stock: sample() };
    const checkCache = join(OUTPUT, `n${String(stories)}`, 'check-cache');
    const check = checkCommand(space.content.dir, checkCache);
    commands = [shown(check), shown(space.ours.command), shown(space.stock.command)];
    const logs = join(OUTPUT, 'logs');
    for (let run = 1; run <= runs; run += 1) {
      const label = `N=${String(stories)} run ${String(run)}/${String(runs)}`;
      progress(`${label}: npm run check, cold then warm`);
      rmSync(checkCache, { recursive: true, force: true });
      row.check.push((await timed(check, join(logs, `check-${String(stories)}-${String(run)}.log`))).seconds);
      row.checkWarm.push((await timed(check, join(logs, `check-warm-${String(stories)}-${String(run)}.log`))).seconds);
      let last: { ours?: BuildPhases; stock?: BuildPhases } = {};
      for (const build of [space.ours, space.stock]) {
        progress(`${label}: ${build.name} build, cold`);
        const measured = await coldBuild(build, join(logs, `${build.name}-${String(stories)}-${String(run)}.log`));
        const into = build.name === 'ours' ? row.ours : row.stock;
        into.seconds.push(measured.seconds);
        into.peakMiB.push(measured.peakMiB);
        last = { ...last, [build.name]: buildPhases(measured.output, measured.seconds) };
        progress(`${label}: ${build.name} ${measured.seconds.toFixed(1)} s, peak ${measured.peakMiB.toFixed(0)} MiB`);
      }
      if (last.ours && last.stock) phases = { stories, ours: last.ours, stock: last.stock };
    }
    rows.push(row);
  }
  return { result: { rows, phases, commands }, workspaces };
}

/** Median build seconds per story, the fixed cost taken out: (build(N) − build(N₀)) / (N − N₀), N₀ the smallest N. */
export function marginalPerStory(rows: readonly ScalingRow[], pick: (row: ScalingRow) => Sample): Map<number, number> {
  const base = rows[0];
  const perStory = new Map<number, number>();
  if (!base) return perStory;
  for (const row of rows.slice(1)) {
    perStory.set(row.stories, (median(pick(row).seconds) - median(pick(base).seconds)) / (row.stories - base.stories));
  }
  return perStory;
}
