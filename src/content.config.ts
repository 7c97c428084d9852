import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { storySchema } from './schemas/story.ts';
import { personSchema } from './schemas/person.ts';
import { publisherSchema } from './schemas/publisher.ts';
import { sectionSchema } from './schemas/section.ts';
import { sourceSchema } from './schemas/source.ts';
import { accountSchema, statementSchema } from './schemas/statement.ts';
import { citeSchema } from './schemas/cite.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { sourceTextSchema } from './schemas/source-text.ts';
import { accountsLoader, citesLoader, sourceTextsLoader, statementsLoader } from './loaders.ts';

const CONTENT_DIR = contentDir();

const stories = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: join(CONTENT_DIR, 'explainers'),
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: storySchema,
});

const sections = defineCollection({
  loader: glob({
    pattern: ['*/*.mdx', '!*/index.mdx'],
    base: join(CONTENT_DIR, 'explainers'),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: sectionSchema,
});

const publishers = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(CONTENT_DIR, 'publishers') }),
  schema: publisherSchema,
});

const people = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(CONTENT_DIR, 'people') }),
  schema: personSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(CONTENT_DIR, 'sources') }),
  schema: sourceSchema,
});

const sourceTexts = defineCollection({
  loader: sourceTextsLoader(CONTENT_DIR),
  schema: sourceTextSchema,
});

const statements = defineCollection({
  loader: statementsLoader(CONTENT_DIR),
  schema: statementSchema,
});

const accounts = defineCollection({
  loader: accountsLoader(CONTENT_DIR),
  schema: accountSchema,
});

const cites = defineCollection({
  loader: citesLoader(CONTENT_DIR),
  schema: citeSchema,
});

export const collections = { stories, sections, publishers, people, sources, sourceTexts, statements, accounts, cites };
