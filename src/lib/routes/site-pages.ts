/**
 * What the pages across stories are built from (the home page, people, the timeline and the
 * site-wide exports): every listed story with its statements, gathered once per build.
 */
import type { SiteInput } from '../models/listed-stories.ts';
import { loadSiteData } from './site-data.ts';
import { listedStories, loadStoryPages, loadStoryPreview, type StoryPage } from './story-pages.ts';

/** The story pages of the site by slug: in the dev server, only the stories that can be shown. */
async function storyPagesBySlug(): Promise<Map<string, StoryPage>> {
  if (!import.meta.env.DEV) return new Map((await loadStoryPages()).map((page) => [page.slug, page]));
  // A story with a mistake shows it on its own page; here it counts as having no statements.
  const previews = await Promise.all((await listedStories()).map((entry) => loadStoryPreview(entry.id)));
  return new Map(previews.flatMap((page) => (page.kind === 'story' ? [[page.slug, page] as const] : [])));
}

async function readSiteInput(): Promise<SiteInput> {
  const [site, pages] = await Promise.all([loadSiteData(), storyPagesBySlug()]);
  return {
    stories: site.stories.map((entry) => ({
      slug: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      published: entry.data.published,
      asOf: entry.data.asOf,
      draft: entry.data.status === 'draft',
      series: entry.data.series,
      keyQuote: entry.data.keyQuote,
      events: entry.data.events,
      texts: [entry, ...(site.sectionsByStory.get(entry.id) ?? [])].map((text) => text.body ?? ''),
      statements: pages.get(entry.id)?.model.statements ?? [],
    })),
    people: site.people,
  };
}

let built: Promise<SiteInput> | undefined;

/** Every listed story and the people: read once per build, afresh on each request in the dev server. */
export function loadSiteInput(): Promise<SiteInput> {
  if (import.meta.env.DEV) return readSiteInput();
  built ??= readSiteInput();
  return built;
}
