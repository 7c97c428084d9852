/**
 * Rebuilds after each edit a newsroom makes (`newsroom-edits.ts`), one after another as they
 * would come, each starting from what the build before left, against a cold build (output and
 * caches deleted): what an editor or a developer waits for. The stock site is rebuilt after the
 * edits that reach its MDX. Our builds say which pages Astro copied from the last build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reusedPages, routesWritten } from './build-log.ts';
import { coldBuild, OUTPUT, timed, type SiteBuild } from './builds.ts';
import { median } from './measure.ts';
import { EDITED_ENGINE_FILES, NEWSROOM_EDITS, type Newsroom } from './newsroom-edits.ts';
import type { Workspace } from './scaling.ts';
import { EDIT } from './synthetic-content.ts';

export interface EditTiming {
  /** The edit's short name. */
  id: string;
  /** What was changed. */
  edit: string;
  /** Seconds of our rebuild. */
  ours: number;
  /** Seconds of the stock site's rebuild; undefined when the edit does not reach it. */
  stock: number | undefined;
  /** Pages and files (cards, exports) our rebuild copied from the last build. */
  reused: number;
  /** Pages and files our rebuild wrote in all, copied or rendered. */
  routes: number;
}

export interface IncrementalResult {
  stories: number;
  /** Seconds of the cold builds the rebuilds are compared with. */
  cold: { ours: number; stock: number };
  steps: EditTiming[];
  /** Whether each site's page shows the changed word after the one-word edit. */
  shown: { ours: boolean; stock: boolean };
  /** Where the cold time comes from. */
  coldFrom: string;
}

/** Our build with the settings the edits have made so far. */
const withSettings = (build: SiteBuild, settings: Record<string, string>): SiteBuild => ({
  ...build,
  command: { ...build.command, env: { ...build.command.env, ...settings } },
});

/**
 * `coldSeconds` are the cold builds the scaling runs made of this workspace, which left their
 * caches in place; without them, one cold build of each is made first. The engine files the
 * edits change are put back afterwards.
 */
export async function runIncremental(
  space: Workspace,
  engineRoot: string,
  coldSeconds: { ours: number[]; stock: number[] } | undefined,
  progress: (line: string) => void,
): Promise<IncrementalResult> {
  const stories = space.content.stories.length;
  const label = `incremental N=${String(stories)}`;
  const log = (build: SiteBuild, step: string) => join(OUTPUT, 'logs', `incremental-${build.name}-${step}.log`);
  const cold = { ours: median(coldSeconds?.ours ?? []), stock: median(coldSeconds?.stock ?? []) };
  if (!coldSeconds) {
    for (const build of [space.ours, space.stock]) {
      progress(`${label}: ${build.name} build, cold`);
      cold[build.name === 'ours' ? 'ours' : 'stock'] = (await coldBuild(build, log(build, '00-cold'))).seconds;
    }
  }
  const slug = space.content.stories[0] ?? '';
  const newsroom: Newsroom = { content: space.content, engineRoot, stockRoot: space.stockRoot, settings: {} };
  const originals = EDITED_ENGINE_FILES.map(
    (file) => [join(engineRoot, file), readFileSync(join(engineRoot, file))] as const,
  );
  const steps: EditTiming[] = [];
  const shown = { ours: false, stock: false };
  try {
    for (const [index, edit] of NEWSROOM_EDITS.entries()) {
      const step = `${String(index + 1).padStart(2, '0')}-${edit.id}`;
      const reachesStock = edit.apply(newsroom);
      progress(`${label}: after ${edit.name}, ours${reachesStock ? ' and stock' : ''}`);
      const ours = await timed(withSettings(space.ours, newsroom.settings).command, log(space.ours, step));
      const stock = reachesStock ? await timed(space.stock.command, log(space.stock, step)) : undefined;
      steps.push({
        id: edit.id,
        edit: edit.name,
        ours: ours.seconds,
        stock: stock?.seconds,
        reused: reusedPages(ours.output),
        routes: routesWritten(ours.output),
      });
      progress(`${label}: ours ${ours.seconds.toFixed(1)} s${stock ? `, stock ${stock.seconds.toFixed(1)} s` : ''}`);
      if (edit.id === 'one-word') {
        const shows = (build: SiteBuild) => readFileSync(join(build.out, slug, 'index.html'), 'utf8').includes(EDIT.to);
        Object.assign(shown, { ours: shows(space.ours), stock: shows(space.stock) });
      }
    }
  } finally {
    for (const [file, text] of originals) writeFileSync(file, text);
  }
  return {
    stories,
    cold,
    steps,
    shown,
    coldFrom: coldSeconds
      ? `the median of the ${String(coldSeconds.ours.length)} cold builds of the scaling runs at N = ${String(stories)}`
      : `one cold build of ${relative(OUTPUT, space.content.dir)}`,
  };
}
