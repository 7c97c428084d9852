/**
 * What a story page shows around its text, gathered once before anything renders: its
 * updates and corrections (each corrected statement marked), its timeline, and its sources
 * in the order of their citation numbers.
 */
import type { Story } from '../../schemas/story.ts';
import { inCitationOrder } from './citations.ts';
import type { SourceView } from './sources.ts';
import type { StoryModel } from './story-model.ts';
import { buildStoryChanges, frontMatterSources, markCorrectedStatements, type StoryChanges } from './story-changes.ts';
import { buildStoryTimeline, type StoryTimelineDay } from './story-timeline.ts';

export interface StoryContext {
  changes: StoryChanges;
  timeline: StoryTimelineDay[];
  /** Every source the page cites, numbered ones first, in the order of their numbers. */
  sources: SourceView[];
}

/**
 * The story's context. Marks the model's statements with their corrections, so that the text
 * and the sidebar show them: call it once per page, before the story's MDX renders.
 */
export function buildStoryContext(
  story: { slug: string; draft: boolean; front: Story; model: StoryModel },
  /** Titles of the listed stories, by slug: an update links only to a story that is on the site. */
  storyTitles: ReadonlyMap<string, string>,
): StoryContext {
  const { front, model } = story;
  const changes = buildStoryChanges({
    updates: front.updates,
    corrections: front.corrections,
    statements: model.statements,
    storyTitle: (slug) => storyTitles.get(slug),
  });
  markCorrectedStatements(model.statements, changes);
  const cited = [...model.sources, ...frontMatterSources(front).map((id) => model.book.source(id))];
  return {
    changes,
    timeline: buildStoryTimeline({ ...front, slug: story.slug, draft: story.draft }, model.statements),
    sources: inCitationOrder(cited, model.citations),
  };
}
