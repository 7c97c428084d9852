/**
 * Everything a story page shows, gathered into one object before its markup renders: the
 * story's text entries, its context (updates, corrections, timeline, sources), its sidebar,
 * its card and structured data. In the dev server a story with mistakes becomes the list of
 * problems to fix instead. The page only renders what this hands it.
 */
import type { CollectionEntry } from 'astro:content';
import type { StoryLocals } from '../../locals.ts';
import type { Section } from '../../schemas/section.ts';
import { storyStructuredData } from '../exports/structured-data.ts';
import { exportedUrl, personPath, sitePath, storyCardPath, storyPath } from '../paths.ts';
import { buildSidebar, type Sidebar } from '../models/sidebar.ts';
import { buildStoryContext, type StoryContext } from '../models/story-context.ts';
import { buildSeries, seriesPlace, type Series, type SeriesPlace } from '../models/series.ts';
import { buildContents, buildFacts, type ContentsEntry, type FactsView } from '../models/story-glance.ts';
import { IN_SHORT_COMPONENT } from '../content/said-markup.ts';
import type { SpeakerGroup, StoryModel } from '../models/story-model.ts';
import type { SourceView } from '../models/sources.ts';
import { typeset } from '../text/typography.ts';
import { pageKey, siteAddress } from './cache-key.ts';
import type { SiteInput } from '../models/listed-stories.ts';
import { loadSiteInput } from './site-pages.ts';
import {
  listedStories,
  loadStoryPage,
  loadStoryPages,
  loadStoryPreview,
  type ProblemsPage,
  type StoryPage,
} from './story-pages.ts';

/** A background section of the story, with the entry its text renders from. */
export interface StorySectionRoute {
  /** The section's anchor: its file name without `.mdx`. */
  slug: string;
  title: string;
  period: Section['period'];
  entry: CollectionEntry<'sections'>;
}

export interface StoryRoute {
  kind: 'story';
  slug: string;
  entry: CollectionEntry<'stories'>;
  sections: StorySectionRoute[];
  draft: boolean;
  /** Title and summary set like the body. */
  title: string;
  summary: string;
  model: StoryModel;
  speakers: SpeakerGroup[];
  context: StoryContext;
  sidebar: Sidebar;
  /** The sources the list at the end shows, numbered ones first. */
  sources: SourceView[];
  /** The day of the last update or correction, if any. */
  lastChange: string | undefined;
  card: { path: string; alt: string };
  structuredData: ReturnType<typeof storyStructuredData>;
  /** The story's place in its series, with the parts on either side. */
  series: SeriesPlace | undefined;
  /** The facts box: who, where, when and what came of it, as far as the front matter gives them. */
  facts: FactsView | undefined;
  /** The contents list: each part of the page, the sidebar last. */
  contents: ContentsEntry[];
  /** What the story's MDX components read from `Astro.locals.story`. */
  locals: StoryLocals;
}

export type StoryRouteOrProblems = StoryRoute | ProblemsPage;

/**
 * The story pages to build: every listed story, with its route data and the key of what the
 * page renders from it (the story's front matter and MDX in its entries, its statements with
 * their people, sources, publishers and replies across stories, the titles of the stories it
 * links to, and the base path and address of the site). In the dev server every story folder,
 * broken ones included, each checked afresh when its page is asked for.
 */
export async function storyPaths() {
  if (import.meta.env.DEV) {
    // A broken story still gets its page: it shows an editor what to fix.
    const { storySlugs } = await import('./dev-problems.ts');
    return storySlugs().map((slug) => ({ params: { slug } }));
  }
  const site = siteAddress();
  // The route is keyed here and made again when its page renders, so that the build does not
  // hold every story's route data until the last page is written.
  return Promise.all(
    (await loadStoryPages()).map(async (page) => ({
      params: { slug: page.slug },
      cacheKey: pageKey('story', await storyRoute(page, page.slug, site)),
    })),
  );
}

/** The story at a glance: its contents list and its facts box. */
function glanceOf(
  entry: CollectionEntry<'stories'>,
  {
    model,
    context,
    sections,
    people,
  }: { model: StoryModel; context: StoryContext; sections: StorySectionRoute[]; people: SiteInput['people'] },
): { contents: ContentsEntry[]; facts: FactsView | undefined } {
  const contents = buildContents({
    // The check has made sure an <InShort> stands on lines of its own, in the article.
    inShort: new RegExp(`^<${IN_SHORT_COMPONENT}\\b`, 'm').test(entry.body ?? ''),
    updates: context.changes.updates.length > 0,
    corrections: context.changes.corrections.length > 0,
    timeline: context.timeline.length > 0,
    sections,
  });
  const facts = buildFacts(entry.data.facts, {
    speakers: model.speakers,
    people,
    book: model.book,
    personHref: personPath,
  });
  return { contents, facts };
}

/** What a story page needs to know of the other listed stories: their titles by slug, and the series. */
interface AcrossStories {
  titles: ReadonlyMap<string, string>;
  series: readonly Series[];
}

const across = new WeakMap<readonly CollectionEntry<'stories'>[], AcrossStories>();

/** Worked out once for the listed stories, however many story pages ask: not once a page. */
function acrossStories(listed: readonly CollectionEntry<'stories'>[]): AcrossStories {
  const known = across.get(listed);
  if (known) return known;
  const found = {
    titles: new Map(listed.map((story) => [story.id, story.data.title])),
    series: buildSeries(
      listed.map((story) => ({ slug: story.id, title: typeset(story.data.title), series: story.data.series })),
    ),
  };
  across.set(listed, found);
  return found;
}

/**
 * The route data of one story page: from its page's model, built afresh when not given, or, in
 * the dev server, checked afresh.
 */
export async function storyRoute(
  page: StoryPage | undefined,
  slug: string,
  site: URL | undefined,
): Promise<StoryRouteOrProblems> {
  const loaded = page ?? (import.meta.env.DEV ? await loadStoryPreview(slug) : await loadStoryPage(slug));
  if (!loaded) throw new Error(`No listed story has the slug "${slug}".`);
  if (loaded.kind === 'problems') return loaded;
  const { entry, model } = loaded;
  // Before the MDX renders: it marks the corrected statements, which the text shows.
  const listed = acrossStories(await listedStories());
  const context = buildStoryContext(
    { slug: loaded.slug, draft: loaded.draft, front: entry.data, model },
    listed.titles,
  );
  const series = seriesPlace(listed.series, loaded.slug);
  const address = (path: string) => exportedUrl(path, site);
  const lastChange = [...context.changes.updates, ...context.changes.corrections]
    .map((change) => change.date)
    .sort()
    .at(-1);
  const title = typeset(entry.data.title);
  const card = { path: storyCardPath(loaded.slug), alt: `${title}: who said what` };
  const { people } = await loadSiteInput();
  const sections = loaded.sections.map((section) => ({
    slug: section.id.slice(loaded.slug.length + 1),
    title: section.data.title,
    period: section.data.period,
    entry: section,
  }));
  const { contents, facts } = glanceOf(entry, { model, context, sections, people });
  const structuredData = storyStructuredData({
    url: address(storyPath(loaded.slug)),
    home: address(sitePath()),
    title,
    summary: typeset(entry.data.summary),
    published: entry.data.published,
    modified: lastChange,
    image: site ? address(card.path) : undefined,
    statements: model.statements,
    sources: context.sources,
    people,
    personUrl: (id) => address(personPath(id)),
  });
  return {
    kind: 'story',
    slug: loaded.slug,
    entry,
    sections,
    draft: loaded.draft,
    title,
    summary: typeset(entry.data.summary),
    model,
    speakers: model.speakers,
    context,
    sidebar: buildSidebar(model.speakers),
    sources: context.sources,
    lastChange,
    card,
    structuredData,
    series,
    facts,
    contents,
    locals: {
      statements: new Map(model.statements.map((view) => [view.id, view])),
      sources: model.book,
      cites: model.cites,
    },
  };
}
