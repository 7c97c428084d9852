/**
 * What each story page renders, gathered before any component runs: the story's entry, its
 * sections and its page model, or, in the dev server, the content problems that stop it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Problem } from './check/problems.ts';
import type { Person } from '../schemas/person.ts';
import type { Source } from '../schemas/source.ts';
import type { Statement } from '../schemas/statement.ts';
import { buildStoryModel, type StoryModel } from './page-model.ts';

export interface StoryPage {
  kind: 'story';
  slug: string;
  entry: CollectionEntry<'stories'>;
  sections: CollectionEntry<'sections'>[];
  model: StoryModel;
  /** A draft is shown by the dev server only, with a banner. */
  draft: boolean;
}

/** A story the dev server cannot show: the mistakes an editor must fix first. */
export interface ProblemsPage {
  kind: 'problems';
  slug: string;
  title: string;
  problems: Problem[];
}

/** Drafts are previewed by the dev server and left out of the built site. */
export function isListed(entry: CollectionEntry<'stories'>): boolean {
  return import.meta.env.DEV || entry.data.status === 'published';
}

/** The stories on the site, newest first: the published ones, and drafts in the dev server. */
export async function listedStories(): Promise<CollectionEntry<'stories'>[]> {
  const entries = await getCollection('stories', isListed);
  return entries.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

/** Groups entries by the story they belong to, in one pass. */
function byStory<T>(entries: readonly T[], storyOf: (entry: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const story = storyOf(entry);
    const group = groups.get(story);
    if (group) group.push(entry);
    else groups.set(story, [entry]);
  }
  return groups;
}

/** What a story page is built from, besides its entry. */
interface PageSources {
  sections: readonly CollectionEntry<'sections'>[];
  statements: readonly Statement[];
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
}

function storyPage(entry: CollectionEntry<'stories'>, input: PageSources): StoryPage {
  const sections = [...input.sections].sort((a, b) => a.data.order - b.data.order);
  const model = buildStoryModel({
    mainSources: entry.data.sources,
    sections: sections.map((section) => ({ slug: section.id.slice(entry.id.length + 1), data: section.data })),
    statements: input.statements,
    people: input.people,
    sources: input.sources,
  });
  return { kind: 'story', slug: entry.id, entry, sections, model, draft: entry.data.status === 'draft' };
}

/** Every listed story's page: the collections are read and indexed by story once. */
export async function loadStoryPages(): Promise<StoryPage[]> {
  const [stories, sections, statements, people, sources] = await Promise.all([
    listedStories(),
    getCollection('sections'),
    getCollection('statements'),
    getCollection('people'),
    getCollection('sources'),
  ]);
  const peopleById = new Map(people.map((entry) => [entry.id, entry.data]));
  const sourcesById = new Map(sources.map((entry) => [entry.id, entry.data]));
  const sectionsByStory = byStory(sections, (section) => section.id.split('/')[0] ?? '');
  const statementsByStory = byStory(
    statements.map((statement) => statement.data),
    (statement) => statement.story,
  );
  return stories.map((entry) =>
    storyPage(entry, {
      sections: sectionsByStory.get(entry.id) ?? [],
      statements: statementsByStory.get(entry.id) ?? [],
      people: peopleById,
      sources: sourcesById,
    }),
  );
}

/**
 * One story's page for the dev server, where content changes between requests: checked
 * first, so that a mistake shows as the problem an editor must fix, never as a broken page.
 * Its statements come from that same check, so the page and its problems always agree,
 * even in the moment before the collections have reloaded a saved file.
 */
export async function loadStoryPreview(slug: string): Promise<StoryPage | ProblemsPage> {
  const { contentProblems, checkedStory } = await import('./dev-problems.ts');
  const problems = contentProblems([slug]);
  const entry = await getEntry('stories', slug);
  const checked = checkedStory(slug);
  if (problems.some((problem) => problem.severity === 'error') || !entry || !checked) {
    return { kind: 'problems', slug, title: entry?.data.title ?? slug, problems };
  }
  const sections = await getCollection('sections', (section) => section.id.startsWith(`${slug}/`));
  return storyPage(entry, { sections, ...checked });
}
