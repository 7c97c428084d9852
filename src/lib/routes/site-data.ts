/**
 * Every collection the site's pages are built from, read once per build and indexed: the
 * listed stories, their sections and statements, the people, sources and publishers, and
 * the replies between statements across stories.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Person } from '../../schemas/person.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import type { Source } from '../../schemas/source.ts';
import type { Account, Statement } from '../../schemas/statement.ts';
import type { Cite } from '../../schemas/cite.ts';
import { buildReplyIndex, type ReplyIndex } from '../models/replies.ts';
import { speakerColours } from '../models/speaker-colours.ts';

export interface SiteData {
  /** The stories on the site, newest first: the published ones, and drafts in the dev server. */
  stories: CollectionEntry<'stories'>[];
  sectionsByStory: ReadonlyMap<string, CollectionEntry<'sections'>[]>;
  statementsByStory: ReadonlyMap<string, Statement[]>;
  accountsByStory: ReadonlyMap<string, Account[]>;
  citesByStory: ReadonlyMap<string, Cite[]>;
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  publishers: ReadonlyMap<string, Publisher>;
  /** Ids of the sources whose whole text is stored beside them. */
  fullTexts: ReadonlySet<string>;
  replies: ReplyIndex;
  /** Each speaker's colour, the same on every page. */
  speakerColours: ReadonlyMap<string, number>;
}

/** Drafts are previewed by the dev server and left out of the built site. */
export function isListed(entry: CollectionEntry<'stories'>): boolean {
  return import.meta.env.DEV || entry.data.status === 'published';
}

/** Groups entries by the story they belong to, in one pass. */
export function byStory<T>(entries: readonly T[], storyOf: (entry: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const story = storyOf(entry);
    const group = groups.get(story);
    if (group) group.push(entry);
    else groups.set(story, [entry]);
  }
  return groups;
}

async function readSiteData(): Promise<SiteData> {
  const [entries, sections, statements, people, sources, publishers, accounts, cites, texts] = await Promise.all([
    getCollection('stories', isListed),
    getCollection('sections'),
    getCollection('statements'),
    getCollection('people'),
    getCollection('sources'),
    getCollection('publishers'),
    getCollection('accounts'),
    getCollection('cites'),
    getCollection('sourceTexts'),
  ]);
  const stories = entries.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  const listed = new Set(stories.map((entry) => entry.id));
  const listedStatements = statements.map((entry) => entry.data).filter((statement) => listed.has(statement.story));
  const peopleById = new Map(people.map((entry) => [entry.id, entry.data]));
  return {
    stories,
    sectionsByStory: byStory(
      sections.map((section) => section).sort((a, b) => a.data.order - b.data.order),
      (section) => section.id.split('/')[0] ?? '',
    ),
    statementsByStory: byStory(listedStatements, (statement) => statement.story),
    accountsByStory: byStory(
      accounts.map((entry) => entry.data),
      (account) => account.story,
    ),
    citesByStory: byStory(
      cites.map((entry) => entry.data),
      (cite) => cite.story,
    ),
    people: peopleById,
    sources: new Map(sources.map((entry) => [entry.id, entry.data])),
    publishers: new Map(publishers.map((entry) => [entry.id, entry.data])),
    fullTexts: new Set(texts.map((entry) => entry.id)),
    replies: buildReplyIndex(listedStatements, peopleById),
    speakerColours: speakerColours(
      [...stories].reverse().map((entry) =>
        listedStatements
          .filter((statement) => statement.story === entry.id)
          .sort((a, b) => a.position - b.position)
          .map((statement) => statement.by),
      ),
    ),
  };
}

let built: Promise<SiteData> | undefined;

/** The site's data: read once per build; read afresh on each request in the dev server, where content changes. */
export function loadSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return readSiteData();
  built ??= readSiteData();
  return built;
}
