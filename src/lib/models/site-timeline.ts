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

/** Entries of one day from one story: the story is named once for them. */
export interface TimelineStoryGroup {
  story: StoryRef;
  entries: TimelineEntry[];
}

/** A date of the timeline, its entries by story, and the silence before it when it is long. */
export interface TimelineDate {
  date: string;
  dateLabel: string;
  stories: TimelineStoryGroup[];
  /** Said when more than a month passed with nothing on record since the date before: "7 weeks with nothing on record". */
  gapBefore: string | undefined;
}

/** A month of the timeline: its dates, those given only to the month or year last. */
export interface TimelineMonth {
  /** "2025-06", or "2025" for what is dated to the year only. */
  month: string;
  /** "June 2025", or "2025". */
  label: string;
  dates: TimelineDate[];
}

/** A story or a person the timeline can be narrowed to. */
export interface TimelineFilter {
  id: string;
  name: string;
}

/** The stories and the people a timeline can be narrowed to. */
export interface TimelineFilters {
  stories: TimelineFilter[];
  people: TimelineFilter[];
}

/** What a timeline can be narrowed to. */
export type TimelineKind = 'story' | 'person';

/** What a timeline is narrowed to: one story, or one person; everything when undefined. */
export type TimelineScope = { kind: TimelineKind; id: string } | undefined;

/** The key of the story an entry belongs to, and of the person who said it. */
export function scopesOf(entry: TimelineEntry): string[] {
  return [`story:${entry.story.slug}`, ...(entry.kind === 'statement' ? [`person:${entry.who.id}`] : [])];
}

/**
 * The place of a date in time: a date given to the month only comes after the days of that
 * month ("2025-10" after "2025-10-08"), one given to the year only after its months.
 */
export function dateSortKey(date: string): string {
  const [year = '', month = '99', day = '99'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** More than this many days without an entry is a silence worth saying. */
const GAP_DAYS = 30;
const DAY_MS = 86_400_000;

/** The first day a date can mean: "2025-10" → "2025-10-01". */
function firstDayOf(date: string): string {
  const [year = '', month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a date can mean: "2025-10" → "2025-10-31", "2025" → "2025-12-31". */
function lastDayOf(date: string): string {
  const [year = '', month, day] = date.split('-');
  if (day) return date;
  if (!month) return `${year}-12-31`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/** "7 weeks with nothing on record", between two dates more than a month apart; otherwise undefined. */
export function silenceBetween(before: string, after: string): string | undefined {
  const days = Math.round((Date.parse(firstDayOf(after)) - Date.parse(lastDayOf(before))) / DAY_MS) - 1;
  if (days <= GAP_DAYS) return undefined;
  const weeks = Math.round(days / 7);
  return `${weeks} weeks with nothing on record`;
}

/**
 * The timeline by month, then date, then story: each story named once per date, a long
 * silence said where it falls, a date given to the month only after the days of its month.
 */
export function timelineMonths(entries: readonly TimelineEntry[]): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  let previous: string | undefined;
  for (const day of timelineDays(entries)) {
    const [year = '', month] = day.date.split('-');
    const key = month ? `${year}-${month}` : year;
    let current = months.at(-1);
    if (current?.month !== key) {
      current = { month: key, label: formatDate(key), dates: [] };
      months.push(current);
    }
    const stories: TimelineStoryGroup[] = [];
    for (const entry of day.entries) {
      const group = stories.find((candidate) => candidate.story.slug === entry.story.slug);
      if (group) group.entries.push(entry);
      else stories.push({ story: entry.story, entries: [entry] });
    }
    const partial = day.date.split('-').length < 3;
    current.dates.push({
      date: day.date,
      dateLabel: partial ? `${day.dateLabel}, day not given` : day.dateLabel,
      stories,
      gapBefore: previous === undefined ? undefined : silenceBetween(previous, day.date),
    });
    previous = day.date;
  }
  return months;
}

/** The stories and the people the timeline can be narrowed to: those with an entry on it, in its order. */
export function timelineFilters(entries: readonly TimelineEntry[]): TimelineFilters {
  const stories = new Map<string, string>();
  const people = new Map<string, string>();
  for (const entry of entries) {
    stories.set(entry.story.slug, entry.story.title);
    if (entry.kind === 'statement') people.set(entry.who.id, entry.who.name);
  }
  const list = (found: Map<string, string>) => [...found].map(([id, name]) => ({ id, name }));
  return { stories: list(stories), people: list(people).sort((a, b) => a.name.localeCompare(b.name, 'en')) };
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
      dateSortKey(a.entry.date).localeCompare(dateSortKey(b.entry.date)) ||
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
