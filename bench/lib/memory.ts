/**
 * What each story added costs: our build and the stock build, cold, at two numbers of stories
 * (1000 and 3000 by default), and the growth between them per story added, in peak memory and
 * in build time. A figure the scaling runs measured at one of the two numbers is taken from them.
 */
import { join } from 'node:path';
import { coldBuild, OUTPUT } from './builds.ts';
import { median } from './measure.ts';
import { workspace, type ScalingRow } from './scaling.ts';

/** One cold build's figures: wall time in seconds, peak memory in MiB. */
export interface BuildFigure {
  seconds: number;
  peakMiB: number;
}

export interface MemorySize {
  stories: number;
  ours: BuildFigure;
  stock: BuildFigure;
  /** Whether the figures are the medians of the scaling runs or one build of this part. */
  from: 'scaling' | 'memory';
}

export interface MemoryResult {
  low: MemorySize;
  high: MemorySize;
}

export interface PerAddedStory {
  mibPerStory: number;
  msPerStory: number;
}

/** (figure(high) − figure(low)) / (stories(high) − stories(low)), for one site's peak memory and build time. */
export function perAddedStory(result: MemoryResult, site: 'ours' | 'stock'): PerAddedStory {
  const added = result.high.stories - result.low.stories;
  return {
    mibPerStory: (result.high[site].peakMiB - result.low[site].peakMiB) / added,
    msPerStory: ((result.high[site].seconds - result.low[site].seconds) / added) * 1000,
  };
}

/** The medians of a scaling row, as the figures of its number of stories. */
function fromScaling(row: ScalingRow): MemorySize {
  const figure = (sample: ScalingRow['ours']) => ({ seconds: median(sample.seconds), peakMiB: median(sample.peakMiB) });
  return { stories: row.stories, ours: figure(row.ours), stock: figure(row.stock), from: 'scaling' };
}

async function measureSize(stories: number, engineRoot: string, progress: (line: string) => void): Promise<MemorySize> {
  const space = workspace(stories, engineRoot, progress);
  const figures: Partial<Record<'ours' | 'stock', BuildFigure>> = {};
  for (const [site, build] of [
    ['ours', space.ours],
    ['stock', space.stock],
  ] as const) {
    progress(`memory N=${String(stories)}: ${site} build, cold`);
    const measured = await coldBuild(build, join(OUTPUT, 'logs', `memory-${site}-${String(stories)}.log`));
    figures[site] = { seconds: measured.seconds, peakMiB: measured.peakMiB };
    progress(
      `memory N=${String(stories)}: ${site} ${measured.seconds.toFixed(1)} s, peak ${measured.peakMiB.toFixed(0)} MiB`,
    );
  }
  if (!figures.ours || !figures.stock) throw new Error(`no build of ${String(stories)} stories was measured`);
  return { stories, ours: figures.ours, stock: figures.stock, from: 'memory' };
}

/** Measures both sizes, taking a size's figures from the scaling rows when they have it. */
export async function runMemory(
  [low, high]: readonly [number, number],
  scalingRows: readonly ScalingRow[],
  engineRoot: string,
  progress: (line: string) => void,
): Promise<MemoryResult> {
  const size = async (stories: number) => {
    const row = scalingRows.find((candidate) => candidate.stories === stories);
    return row ? fromScaling(row) : measureSize(stories, engineRoot, progress);
  };
  return { low: await size(low), high: await size(high) };
}
