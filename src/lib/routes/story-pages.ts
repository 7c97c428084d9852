/**
 * What each story page renders, gathered before any component runs: the story's entry, its
 * sections and its page model, or, in the dev server, the content problems that stop it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { loadSiteData, type SiteData } from './site-data.ts';
import type { Problem } from '../content/problem.ts';
import type { Citation, Statement } from '../../schemas/statement.ts';
import type { Cite } from '../../schemas/cite.ts';
import { buildStoryModel, type StoryModel } from '../models/story-model.ts';

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

/** The stories on the site, newest first: the published ones, and drafts in the dev server. */
export async function listedStories(): Promise<CollectionEntry<'stories'>[]> {
  return (await loadSiteData()).stories;
}

/** What a story page is built from, besides its entry. */
type PageSources = Pick<SiteData, 'people' | 'sources' | 'publishers' | 'fullTexts' | 'replies' | 'speakerColours'> & {
  sections: readonly CollectionEntry<'sections'>[];
  statements: readonly Statement[];
  accounts: readonly { source: readonly Citation[] }[];
  cites: readonly Omit<Cite, 'story'>[];
};

function storyPage(entry: CollectionEntry<'stories'>, input: PageSources): StoryPage {
  const model = buildStoryModel({
    mainSources: entry.data.sources,
    sections: input.sections.map((section) => ({ slug: section.id.slice(entry.id.length + 1), data: section.data })),
    statements: input.statements,
    people: input.people,
    sources: input.sources,
    publishers: input.publishers,
    replies: input.replies,
    accounts: input.accounts,
    colours: input.speakerColours,
    cites: input.cites,
    fullTexts: input.fullTexts,
  });
  return {
    kind: 'story',
    slug: entry.id,
    entry,
    sections: [...input.sections],
    model,
    draft: entry.data.status === 'draft',
  };
}

/** Every listed story's page, each model built once. */
export async function loadStoryPages(): Promise<StoryPage[]> {
  const site = await loadSiteData();
  return site.stories.map((entry) => storyPage(entry, pageSources(site, entry.id)));
}

/** What the story `slug`'s page is built from, out of the site's data. */
function pageSources(site: SiteData, slug: string): PageSources {
  return {
    ...site,
    sections: site.sectionsByStory.get(slug) ?? [],
    statements: site.statementsByStory.get(slug) ?? [],
    accounts: site.accountsByStory.get(slug) ?? [],
    cites: site.citesByStory.get(slug) ?? [],
  };
}

const bySlug = new WeakMap<SiteData, Map<string, CollectionEntry<'stories'>>>();

/** One listed story's page, its model built afresh: what a build renders the page from. */
export async function loadStoryPage(slug: string): Promise<StoryPage | undefined> {
  const site = await loadSiteData();
  let entries = bySlug.get(site);
  if (!entries) bySlug.set(site, (entries = new Map(site.stories.map((story) => [story.id, story]))));
  const entry = entries.get(slug);
  return entry && storyPage(entry, pageSources(site, entry.id));
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
  sections.sort((a, b) => a.data.order - b.data.order);
  return storyPage(entry, { sections, ...checked, speakerColours: (await loadSiteData()).speakerColours });
}
