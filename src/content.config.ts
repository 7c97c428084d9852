import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join } from 'node:path';
import { explainerSchema } from './schemas/explainer.ts';
import { personSchema } from './schemas/person.ts';
import { sectionSchema } from './schemas/section.ts';
import { sourceSchema } from './schemas/source.ts';
import { statementSchema } from './schemas/statement.ts';
import { checkContent, formatReport } from './lib/check/index.ts';
import { contentDir } from './lib/content-dir.ts';
import { statementEntryId } from './lib/remark-statements.ts';

const CONTENT_DIR = contentDir();

/**
 * Collects every `<Said>` of every story into one collection. The text is the single source
 * of truth: statements are read from the MDX, never written a second time.
 */
function statementsLoader(): Loader {
  let watching = false;
  return {
    name: 'explainer:statements',
    load: async (context) => {
      const { store, logger, watcher } = context;
      const collect = async () => {
        const { problems, model } = checkContent(CONTENT_DIR);
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (errors.length > 0) logger.error(`\n${formatReport(errors)}`);
        store.clear();
        for (const story of model.stories) {
          for (const statement of story.statements) {
            const id = statementEntryId(story.slug, statement.id);
            store.set({ id, data: await context.parseData({ id, data: statement }) });
          }
        }
      };
      await collect();
      if (!watching) {
        watching = true;
        watcher?.on('all', (_event, path) => {
          if (path.startsWith(CONTENT_DIR)) void collect();
        });
      }
    },
  };
}

const explainers = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: join(CONTENT_DIR, 'explainers'),
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: explainerSchema,
});

const sections = defineCollection({
  loader: glob({
    pattern: ['*/*.mdx', '!*/index.mdx'],
    base: join(CONTENT_DIR, 'explainers'),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: sectionSchema,
});

const people = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(CONTENT_DIR, 'people') }),
  schema: personSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(CONTENT_DIR, 'sources') }),
  schema: sourceSchema,
});

const statements = defineCollection({
  loader: statementsLoader(),
  schema: statementSchema,
});

export const collections = { explainers, sections, people, sources, statements };
