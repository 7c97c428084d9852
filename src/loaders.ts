/**
 * The loader of the `statements` collection. Statements are written once, inline in the
 * MDX, as `<Said>`; this loader takes them from the content check (shared with the build's
 * guard, so the content is read and checked once) rather than reading the files again.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatReport, type ContentModel } from './lib/check/index.ts';
import { contentPass } from './lib/check/pass.ts';

/** The collection id of a statement: its story, then its anchor. */
function statementEntryId(story: string, statementId: string): string {
  return `${story}/${statementId}`;
}

/** How long the content folder must be quiet before a change is checked. */
const SETTLE_MS = 120;

/** What the dev server last printed, so that each change is reported once. */
let lastReport: string | undefined;

function report(logger: LoaderContext['logger'], problems: Parameters<typeof formatReport>[0]): void {
  // Errors stop the page; the warnings are counted, as npm run check -- --quiet counts them.
  const errors = problems.filter((problem) => problem.severity === 'error');
  const text = errors.length > 0 ? formatReport(problems, { quiet: true }) : '';
  if (text === lastReport) return;
  if (text) logger.error(`\n${text}`);
  else if (lastReport) logger.info('The content is clean again.');
  lastReport = text;
}

/** One entry of a collection made from what the check collected. */
interface CollectedEntry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * A loader of what the check collects from the stories' MDX, for one collection. The dev
 * server's terminal hears about problems from the statements loader only, once per change.
 */
function collectedLoader(
  name: string,
  contentDir: string,
  entries: (model: ContentModel) => CollectedEntry[],
  /** The statements loader reports problems and re-announces saved files; one loader does, once. */
  reportsProblems: boolean,
): Loader {
  const reannounces = reportsProblems;
  let watching = false;
  return {
    name,
    load: async (context) => {
      const { store, logger, watcher } = context;
      const collect = async () => {
        const { problems, model } = contentPass(contentDir);
        // A build has stopped before this point when there are errors; the dev server shows them.
        if (watcher && reportsProblems) report(logger, problems);
        store.clear();
        for (const { id, data } of entries(model)) {
          store.set({ id, data: await context.parseData({ id, data }) });
        }
      };
      await collect();
      if (watcher && !watching) {
        watching = true;
        // An editor's save can reach the watcher as several events (truncate, write, rename):
        // wait until the files are quiet, then check once.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const saved = new Set<string>();
        watcher.on('all', (event, path) => {
          if (!path.startsWith(contentDir)) return;
          if (event === 'change') saved.add(path);
          clearTimeout(timer);
          timer = setTimeout(() => {
            void collect();
            /*
             * Astro's glob loader reloads a file on its first 'change' event; a save that empties
             * the file before writing it can be read half-written, and the page would keep the old
             * entry. Announcing each saved file once more when it is quiet makes the glob loader
             * read it whole. Only 'change' listeners hear this (this one listens to 'all').
             */
            if (reannounces) for (const file of saved) watcher.emit('change', file);
            saved.clear();
          }, SETTLE_MS);
        });
      }
    },
  };
}

/** Every `<Said>` of every story, by `<story>/<anchor>`. */
export function statementsLoader(contentDir: string): Loader {
  return collectedLoader(
    'explainer:statements',
    contentDir,
    (model) =>
      model.stories.flatMap((story) =>
        story.statements.map((statement) => ({ id: statementEntryId(story.slug, statement.id), data: statement })),
      ),
    true,
  );
}

/** Every `<Cite>` of every story, by `<story>/<file>/<n>`: the sources they cite are numbered with the statements'. */
export function citesLoader(contentDir: string): Loader {
  return collectedLoader(
    'explainer:cites',
    contentDir,
    (model) =>
      model.stories.flatMap((story) =>
        story.cites.map((cite) => ({ id: `${story.slug}/${cite.key}`, data: { ...cite, story: story.slug } })),
      ),
    false,
  );
}

/** Every `<Account>` of every `<SourcesDiffer>`, by `<story>/<position>`, so the sources they cite are listed. */
export function accountsLoader(contentDir: string): Loader {
  return collectedLoader(
    'explainer:accounts',
    contentDir,
    (model) =>
      model.stories.flatMap((story) =>
        story.accounts.map((account, position) => ({
          id: `${story.slug}/${String(position)}`,
          data: { ...account, story: story.slug },
        })),
      ),
    false,
  );
}

/** Every source whose whole text is stored beside it, by source id. */
export function sourceTextsLoader(contentDir: string): Loader {
  return collectedLoader(
    'explainer:source-texts',
    contentDir,
    (model) =>
      [...model.sources.values()].flatMap((source) =>
        source.text?.file ? [{ id: source.id, data: { characters: source.text.file.length } }] : [],
      ),
    false,
  );
}
