/**
 * What each story page renders, gathered before any component runs: the story's entry, its
 * sections and its page model, or, in the dev server, the content problems that stop it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Problem } from './check/problems.ts';
import { buildExplainerModel, type ExplainerModel } from './page-model.ts';

export interface StoryPage {
  kind: 'story';
  slug: string;
  entry: CollectionEntry<'explainers'>;
  sections: CollectionEntry<'sections'>[];
  model: ExplainerModel;
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
export function isListed(entry: CollectionEntry<'explainers'>): boolean {
  return import.meta.env.DEV || entry.data.status === 'published';
}

/** The stories on the site, newest first: the published ones, and drafts in the dev server. */
export async function listedStories(): Promise<CollectionEntry<'explainers'>[]> {
  const entries = await getCollection('explainers', isListed);
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
    (statement) => statement.explainer,
  );
  return stories.map((entry): StoryPage => {
    const storySections = (sectionsByStory.get(entry.id) ?? []).sort((a, b) => a.data.order - b.data.order);
    const model = buildExplainerModel({
      mainSources: entry.data.sources,
      sections: storySections.map((section) => ({ slug: section.id.slice(entry.id.length + 1), data: section.data })),
      statements: statementsByStory.get(entry.id) ?? [],
      people: peopleById,
      sources: sourcesById,
    });
    return {
      kind: 'story',
      slug: entry.id,
      entry,
      sections: storySections,
      model,
      draft: entry.data.status === 'draft',
    };
  });
}

/**
 * One story's page for the dev server, where content changes between requests: checked
 * first, so that a mistake shows as the problem an editor must fix, never as a broken page.
 */
export async function loadStoryPreview(slug: string): Promise<StoryPage | ProblemsPage> {
  const { contentProblems } = await import('./dev-problems.ts');
  const problems = contentProblems([slug]);
  const entry = await getEntry('explainers', slug);
  if (problems.some((problem) => problem.severity === 'error') || !entry) {
    return { kind: 'problems', slug, title: entry?.data.title ?? slug, problems };
  }
  const page = (await loadStoryPages()).find((candidate) => candidate.slug === slug);
  return page ?? { kind: 'problems', slug, title: entry.data.title, problems };
}
