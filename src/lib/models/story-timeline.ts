/**
 * A story's own timeline: its events and dated statements in date order, as the site-wide
 * timeline orders them (on one day, events first, then statements in reading order), with
 * each statement's speaker mark.
 */
import type { Story } from '../../schemas/story.ts';
import type { SpeakerMark, StatementView } from './statement-view.ts';
import { buildTimeline, timelineDays, type TimelineEntry } from './site-timeline.ts';
import { typeset, typesetOptional } from '../text/typography.ts';

export { TIMELINE_ANCHOR } from '../anchors.ts';

export type StoryTimelineEntry =
  | Extract<TimelineEntry, { kind: 'event' }>
  | (Extract<TimelineEntry, { kind: 'statement' }> & { mark: SpeakerMark; speakerShortName: string });

export interface StoryTimelineDay {
  date: string;
  dateLabel: string;
  entries: StoryTimelineEntry[];
}

/** The story's events and dated statements, grouped by day, oldest first. */
export function buildStoryTimeline(
  story: { slug: string; draft: boolean } & Pick<Story, 'title' | 'summary' | 'published' | 'asOf' | 'events'>,
  statements: readonly StatementView[],
): StoryTimelineDay[] {
  const views = new Map(statements.map((view) => [view.id, view]));
  const entries = buildTimeline({ stories: [{ ...story, texts: [], statements }], people: new Map() });
  return timelineDays(entries).map((day) => ({
    ...day,
    entries: day.entries.map((entry): StoryTimelineEntry => {
      // Events are written in front matter: set like the body before they are shown.
      if (entry.kind === 'event') return { ...entry, what: typeset(entry.what), where: typesetOptional(entry.where) };
      const view = views.get(entry.statement);
      if (!view) throw new Error(`The timeline names "${entry.statement}", which is not a statement of the story.`);
      return { ...entry, mark: view.speakerMark, speakerShortName: view.speakerShortName };
    }),
  }));
}
