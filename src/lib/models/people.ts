/**
 * The pages that look across stories: a page for each person, the site-wide timeline and
 * the home page's story summaries, gathered from every listed story's statements before any
 * component renders. Plain TypeScript, tested without Astro.
 */
import type { PartialDate } from '../../schemas/common.ts';
import type { Person } from '../../schemas/person.ts';
import type { StoryEvent } from '../../schemas/story.ts';
import type { StatementMode } from '../../schemas/statement.ts';
import { formatDate, formatPeriod } from '../text/dates.ts';
import type { StatementView } from './story-model.ts';
import { shortNameOf } from './roles.ts';

/** A listed story, as the pages across stories need it. */
export interface ListedStory {
  slug: string;
  title: string;
  summary: string;
  /** Day it was first published, e.g. "2025-08-16". */
  published: string;
  /** Day up to which its facts are current. */
  asOf: string;
  draft: boolean;
  events: readonly StoryEvent[];
  /** The text of its article and of each section, as written, to find the people it names. */
  texts: readonly string[];
  /** Its statements in reading order. */
  statements: readonly StatementView[];
}

export interface SiteInput {
  /** The listed stories, newest first. */
  stories: readonly ListedStory[];
  people: ReadonlyMap<string, Person>;
}

/** A story named from another page: its slug and its title. */
export interface StoryRef {
  slug: string;
  title: string;
}

/** An office a person held, with the dates that bound it in words. */
export interface RoleView {
  title: string;
  from: string | undefined;
  to: string | undefined;
  /** "January 1999 – 2008", "since May 2012"; undefined when no date is known. */
  period: string | undefined;
}

/** One statement on a person's page. */
export interface PersonStatement {
  id: string;
  story: StoryRef;
  mode: StatementMode;
  modeLabel: StatementView['modeLabel'];
  /** The office the person certainly held when it was said; undefined when that is not certain. */
  role: string | undefined;
  excerpt: string;
  /** Language of the words shown, e.g. "en". */
  wordsLanguage: string;
  date: PartialDate | undefined;
  /** "29 June 2025", or "Date not given, reported on 29 June 2025". */
  dateLabel: string;
  /** The day that places it in time: its own, or its source's when it has none. */
  sortDay: string;
  /** True when the statement has no date and is placed by the date of its source. */
  undated: boolean;
  /** For an undated statement, the day its source reported it: "2025-06-29" and "29 June 2025". */
  reportedOn: { day: string; label: string } | undefined;
  /** How many renderings of the words there are: the one shown, and its other versions. */
  versions: number;
}

/** A person's page: who they are, the offices they held, and everything they said on the site. */
export interface PersonPage {
  id: string;
  name: string;
  description: string;
  spellings: string[];
  roles: RoleView[];
  /** The stories that quote or name them, newest first, with how many statements each has. */
  stories: (StoryRef & { statements: number })[];
  /** Every statement across stories, oldest first. */
  statements: PersonStatement[];
}

interface TimelineEntryBase {
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
  wordsLanguage: string;
}

export type TimelineEntry = TimelineEvent | TimelineStatement;

/** The entries of one date of the timeline. */
export interface TimelineDay {
  date: string;
  dateLabel: string;
  entries: TimelineEntry[];
}

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

/** Place of a story in time: the oldest listed story first, since the site lists them newest first. */
function chronologicalRank(stories: readonly ListedStory[]): Map<string, number> {
  return new Map(stories.map((story, index) => [story.slug, stories.length - 1 - index]));
}

function ref(story: ListedStory): StoryRef {
  return { slug: story.slug, title: story.title };
}

/** "January 1999 – 2008", "since May 2012", "until 2008"; undefined when neither end is known. */
export function rolePeriod(from: string | undefined, to: string | undefined): string | undefined {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return undefined;
}

/** "24–25 June 2025", or "June 2025 – 15 August 2025" when the start is known only to the month. */
export function spanLabel(from: string, to: string): string {
  return from.length === 10 ? formatPeriod({ from, to }) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** The way to write a text inside a regular expression that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Comments are the editor's, not the reader's: a name in one does not name the person. */
function readerText(text: string): string {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
}

/**
 * True when the text names the person: their name, short name or another spelling, as a
 * whole word (not "Putinism") and with its capitals, since names are proper nouns.
 */
export function namesPerson(text: string, person: Pick<Person, 'name' | 'shortName' | 'spellings'>): boolean {
  const names = [person.name, shortNameOf(person), ...person.spellings];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${names.map(literal).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'u',
  );
  return pattern.test(readerText(text));
}

function personStatement(view: StatementView, story: ListedStory): PersonStatement {
  const undated = view.date === undefined;
  const reportedOn = undated && view.sortDay ? { day: view.sortDay, label: formatDate(view.sortDay) } : undefined;
  return {
    id: view.id,
    story: ref(story),
    mode: view.mode,
    modeLabel: view.modeLabel,
    role: view.role,
    excerpt: view.excerpt,
    wordsLanguage: view.wordsLanguage,
    date: view.date,
    dateLabel: reportedOn ? `${view.dateLabel}, reported on ${reportedOn.label}` : view.dateLabel,
    sortDay: view.sortDay,
    undated,
    reportedOn,
    versions: view.renderings.length,
  };
}

/**
 * A page for each person whom a listed story quotes or names, ordered by short name;
 * everyone else gets none. Each page holds every statement of the person, oldest first.
 */
export function buildPeople(input: SiteInput): PersonPage[] {
  const rank = chronologicalRank(input.stories);
  const pages: { sortName: string; page: PersonPage }[] = [];
  for (const [id, person] of input.people) {
    const said = input.stories.flatMap((story) =>
      story.statements.flatMap((view, position) =>
        view.speakerId === id ? [{ view, story, position, rank: rank.get(story.slug) ?? 0 }] : [],
      ),
    );
    const stories = input.stories.flatMap((story) => {
      const statements = said.filter((entry) => entry.story === story).length;
      const appears = statements > 0 || story.texts.some((text) => namesPerson(text, person));
      return appears ? [{ ...ref(story), statements }] : [];
    });
    if (stories.length === 0) continue;
    said.sort((a, b) => a.view.sortDay.localeCompare(b.view.sortDay) || a.rank - b.rank || a.position - b.position);
    pages.push({
      sortName: shortNameOf(person),
      page: {
        id,
        name: person.name,
        description: person.description,
        spellings: [...person.spellings],
        roles: person.roles.map((role) => ({
          title: role.title,
          from: role.from?.value,
          to: role.to?.value,
          period: rolePeriod(role.from?.value, role.to?.value),
        })),
        stories,
        statements: said.map(({ view, story }) => personStatement(view, story)),
      },
    });
  }
  pages.sort((a, b) => a.sortName.localeCompare(b.sortName, 'en') || a.page.name.localeCompare(b.page.name, 'en'));
  return pages.map(({ page }) => page);
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

/** "1 statement", "3 stories". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** How much a person appears on the site: "5 statements in 2 stories", or "Named in 1 story". */
export function appearanceLabel(person: Pick<PersonPage, 'stories' | 'statements'>): string {
  const quotedIn = person.stories.filter((story) => story.statements > 0).length;
  if (quotedIn === 0) return `Named in ${countOf(person.stories.length, 'story', 'stories')}, quoted in none`;
  return `${countOf(person.statements.length, 'statement')} in ${countOf(quotedIn, 'story', 'stories')}`;
}

/** A person as data, for `people.json`: statements named `<story>#<statement-id>`. */
export function exportPerson(person: PersonPage, url: string) {
  return {
    id: person.id,
    name: person.name,
    description: person.description,
    spellings: person.spellings,
    roles: person.roles.map((role) => ({ title: role.title, from: role.from ?? null, to: role.to ?? null })),
    statements: person.statements.map((statement) => `${statement.story.slug}#${statement.id}`),
    url,
  };
}
