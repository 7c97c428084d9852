/**
 * A rebuild after nothing changed, and after one word of one story changed, against a cold
 * build (output and caches deleted): what an editor waits for after a correction.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { coldStart, OUTPUT, timed, type SiteBuild } from './builds.ts';
import { median } from './measure.ts';
import type { Workspace } from './scaling.ts';
import { EDIT } from './synthetic-content.ts';

export interface IncrementalTimes {
  /** Seconds of the cold build(s) it is compared with. */
  cold: number;
  unchanged: number;
  oneWord: number;
  /** Whether the rebuilt page shows the changed word. */
  shown: boolean;
}

export interface IncrementalResult {
  stories: number;
  ours: IncrementalTimes;
  stock: IncrementalTimes;
  /** Where the cold time comes from. */
  coldFrom: string;
}

function replaceOnce(file: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(EDIT.from)) throw new Error(`${file} does not hold "${EDIT.from}" to change`);
  writeFileSync(file, text.replace(EDIT.from, EDIT.to));
}

/**
 * `coldSeconds` are the cold builds the scaling runs made of this workspace, which left their
 * caches in place; without them, one cold build of each is made first.
 */
export async function runIncremental(
  space: Workspace,
  coldSeconds: { ours: number[]; stock: number[] } | undefined,
  progress: (line: string) => void,
): Promise<IncrementalResult> {
  const stories = space.content.stories.length;
  const logs = join(OUTPUT, 'logs');
  const label = `incremental N=${String(stories)}`;
  const run = async (build: SiteBuild, step: string) => {
    progress(`${label}: ${build.name} build, ${step}`);
    const measured = await timed(build.command, join(logs, `incremental-${build.name}-${step}.log`));
    progress(`${label}: ${build.name} ${step} ${measured.seconds.toFixed(1)} s`);
    return measured.seconds;
  };
  const builds = [space.ours, space.stock];
  const cold = { ours: median(coldSeconds?.ours ?? []), stock: median(coldSeconds?.stock ?? []) };
  if (!coldSeconds) {
    for (const build of builds) {
      coldStart(build);
      cold[build.name === 'ours' ? 'ours' : 'stock'] = await run(build, 'cold');
    }
  }
  const unchanged = { ours: await run(space.ours, 'unchanged'), stock: await run(space.stock, 'unchanged') };

  // The same word, in the same story file, in both sites' copies of the MDX.
  const story = basename(dirname(space.content.editable));
  const file = basename(space.content.editable);
  replaceOnce(space.content.editable);
  replaceOnce(join(space.stockRoot, 'src', 'content', 'explainers', story, file));
  const oneWord = { ours: await run(space.ours, 'one-word'), stock: await run(space.stock, 'one-word') };
  const shows = (build: SiteBuild) => readFileSync(join(build.out, story, 'index.html'), 'utf8').includes(EDIT.to);

  return {
    stories,
    ours: { cold: cold.ours, unchanged: unchanged.ours, oneWord: oneWord.ours, shown: shows(space.ours) },
    stock: { cold: cold.stock, unchanged: unchanged.stock, oneWord: oneWord.stock, shown: shows(space.stock) },
    coldFrom: coldSeconds
      ? `the median of the ${String(coldSeconds.ours.length)} cold builds of the scaling runs at N = ${String(stories)}`
      : `one cold build of ${relative(OUTPUT, space.content.dir)}`,
  };
}
