/** The home page: each listed story with the days it covers and who speaks in it. */
import { formatDate, formatPeriod } from '../text/dates.ts';
import { type SiteInput, type StoryRef, ref } from './listed-stories.ts';

/** A story on the home page: the days it covers and who speaks in it. */
export interface StorySummary extends StoryRef {
  summary: string;
  published: string;
  asOf: string;
  draft: boolean;
  /** From its earliest dated statement or event to its `asOf`. */
  span: { from: string; to: string; label: string };
  /** Everyone quoted in it, in order of first appearance. */
  speakers: { id: string; name: string }[];
}
/** "24–25 June 2025", or "June 2025 – 15 August 2025" when the start is known only to the month. */
export function spanLabel(from: string, to: string): string {
  return from.length === 10 ? formatPeriod({ from, to }) : `${formatDate(from)} – ${formatDate(to)}`;
}
/** Each listed story, newest first, with the days it covers and its speakers. */
export function buildStorySummaries(input: SiteInput): StorySummary[] {
  return input.stories.map((story) => {
    const dates = [
      ...story.statements.flatMap((view) => (view.date ? [view.date.value] : [])),
      ...story.events.map((event) => event.date),
    ].sort();
    const from = dates[0] ?? story.asOf;
    // A map keeps the place of a key's first insertion: the speaker's first appearance.
    const speakers = new Map(story.statements.map((view) => [view.speakerId, view.speakerName]));
    return {
      ...ref(story),
      summary: story.summary,
      published: story.published,
      asOf: story.asOf,
      draft: story.draft,
      span: { from, to: story.asOf, label: spanLabel(from, story.asOf) },
      speakers: [...speakers].map(([id, name]) => ({ id, name })),
    };
  });
}
