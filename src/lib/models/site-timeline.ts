/** The site-wide timeline: every dated statement and event of every story, by date. */
import type { PartialDate } from '../../schemas/common.ts';
import type { StoryEvent } from '../../schemas/story.ts';
import type { StatementMode } from '../../schemas/statement.ts';
import { formatDate } from '../text/dates.ts';
import type { StatementView } from './statement-view.ts';
import { type ListedStory, type SiteInput, type StoryRef, chronologicalRank, ref } from './listed-stories.ts';

export interface TimelineEntryBase {
  /** The day, or month or year, it is dated to, e.g. "2025-06-29". */
  date: string;
  dateLabel: string;
  story: StoryRef;
  /** What happened or was said. */
  what: string;
  where: string | undefined;
}

/** Something that happened, from a story's `events`. */
export interface TimelineEvent extends TimelineEntryBase {
  kind: 'event';
  /** Id of the source that reports it. */
  source: string;
}

/** A dated statement; `what` is its excerpt. */
export interface TimelineStatement extends TimelineEntryBase {
  kind: 'statement';
  /** The statement's anchor in its story. */
  statement: string;
  who: { id: string; name: string };
  mode: StatementMode;
  modeLabel: StatementView['modeLabel'];
  /** How it was delivered and how it is given: "Posted · Quoted". */
  label: string;
  wordsLanguage: string;
}

export type TimelineEntry = TimelineEvent | TimelineStatement;

/** The entries of one date of the timeline. */
export interface TimelineDay {
  date: string;
  dateLabel: string;
  entries: TimelineEntry[];
}
/**
 * Every event and every dated statement of every listed story, in date order. On the same
 * date events come first, then statements in reading order; stories, the oldest first.
 */
export function buildTimeline(input: SiteInput): TimelineEntry[] {
  const rank = chronologicalRank(input.stories);
  const keyed = input.stories.flatMap((story) => {
    const storyRank = rank.get(story.slug) ?? 0;
    const events = story.events.map((event, position) => ({
      entry: timelineEvent(event, story),
      storyRank,
      position,
    }));
    const statements = story.statements.flatMap((view, position) =>
      view.date ? [{ entry: timelineStatement(view, view.date, story), storyRank, position }] : [],
    );
    return [...events, ...statements];
  });
  const kindRank = (entry: TimelineEntry) => (entry.kind === 'event' ? 0 : 1);
  keyed.sort(
    (a, b) =>
      a.entry.date.localeCompare(b.entry.date) ||
      kindRank(a.entry) - kindRank(b.entry) ||
      a.storyRank - b.storyRank ||
      a.position - b.position,
  );
  return keyed.map(({ entry }) => entry);
}

function timelineEvent(event: StoryEvent, story: ListedStory): TimelineEvent {
  return {
    kind: 'event',
    date: event.date,
    dateLabel: formatDate(event.date),
    story: ref(story),
    what: event.what,
    where: event.where,
    source: event.source,
  };
}

function timelineStatement(view: StatementView, date: PartialDate, story: ListedStory): TimelineStatement {
  return {
    kind: 'statement',
    date: date.value,
    dateLabel: view.dateLabel,
    story: ref(story),
    what: view.excerpt,
    where: view.venue,
    statement: view.id,
    who: { id: view.speakerId, name: view.speakerName },
    mode: view.mode,
    modeLabel: view.modeLabel,
    label: view.label,
    wordsLanguage: view.wordsLanguage,
  };
}

/** The timeline's entries grouped by their date, in the order given. */
export function timelineDays(entries: readonly TimelineEntry[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last?.date === entry.date) last.entries.push(entry);
    else days.push({ date: entry.date, dateLabel: entry.dateLabel, entries: [entry] });
  }
  return days;
}
