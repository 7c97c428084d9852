/**
 * A page for each person: who they are, the offices they held and everything they said
 * across the listed stories, gathered before any component renders. Plain TypeScript,
 * tested without Astro.
 */
import type { PartialDate } from '../../schemas/common.ts';
import { PAGE_LANGUAGE } from '../../schemas/common.ts';
import type { StatementMode } from '../../schemas/statement.ts';
import { formatDate } from '../text/dates.ts';
import type { StatementView } from './statement-view.ts';
import type { CitationView } from './sources.ts';
import { paraphraseSentence } from './sidebar.ts';
import { shortNameOf } from './roles.ts';
import { personNamer, readerTexts } from './person-names.ts';
import { translationNote } from './translation.ts';
import { type ListedStory, type SiteInput, type StoryRef, chronologicalRank, ref } from './listed-stories.ts';

/** An office a person held, with the dates that bound it in words. */
export interface RoleView {
  title: string;
  from: string | undefined;
  to: string | undefined;
  /** "January 1999 – 2008", "since May 2012"; undefined when no date is known. */
  period: string | undefined;
}

/** A place where a statement is quoted: its story, its anchor there, and the section it is in. */
export interface Appearance {
  story: StoryRef;
  id: string;
  /** The section of the story it is in; undefined in the story's own text. */
  section: string | undefined;
}

/** One statement on a person's page, once, however many stories quote it. */
export interface PersonStatement {
  /** Where the first story to quote it has it. */
  id: string;
  story: StoryRef;
  /** Every story that quotes it, the first first. */
  quotedIn: Appearance[];
  mode: StatementMode;
  modeLabel: StatementView['modeLabel'];
  /** How it was delivered and how it is given: "Posted · Quoted". */
  label: string;
  /** The office the person certainly held when it was said; undefined when that is not certain. */
  role: string | undefined;
  excerpt: string;
  /** The words in full; a paraphrase as a sentence of its own ("Said that …"). */
  words: string;
  /** The first words as written, to tell links to one story apart: "it was a good conversation, but…". */
  opening: string;
  /** The occasion: venue, channel and platform, e.g. "Joint press conference, Anchorage". */
  where: string | undefined;
  /** The sources the words are taken from, with whom each cites, across the stories that quote them; each with the story whose source list has it. */
  citations: { citation: CitationView; story: string }[];
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
  /** Where those versions are listed: the story and statement with the most of them. */
  versionsAt: { slug: string; id: string };
  /** Whose translation the words are, when not in the language spoken: "Translated from Russian by TASS". */
  translation: string | undefined;
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

/** "January 1999 – 2008", "since May 2012", "until 2008"; undefined when neither end is known. */
export function rolePeriod(from: string | undefined, to: string | undefined): string | undefined {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return undefined;
}

/** The first six words of a text, with "…" when there are more. */
function openingWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return `${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}`;
}

/** Where a statement is: its story, its anchor and its section. */
function appearanceOf(view: StatementView, story: ListedStory): Appearance {
  return { story: ref(story), id: view.id, section: view.place.id === 'article' ? undefined : view.place.title };
}

function personStatement(view: StatementView, story: ListedStory): PersonStatement {
  const undated = view.date === undefined;
  const reportedOn = undated && view.sortDay ? { day: view.sortDay, label: formatDate(view.sortDay) } : undefined;
  return {
    id: view.id,
    story: ref(story),
    quotedIn: [appearanceOf(view, story)],
    words:
      view.mode === 'paraphrase' && view.wordsLanguage === PAGE_LANGUAGE
        ? paraphraseSentence(view.displayText)
        : view.displayText,
    opening: openingWords(view.displayText),
    where: [...new Set([view.venue, view.channel, view.delivery?.platform])].filter(Boolean).join(' · ') || undefined,
    citations: view.citations.map((citation) => ({ citation, story: story.slug })),
    mode: view.mode,
    modeLabel: view.modeLabel,
    label: view.label,
    role: view.role,
    excerpt: view.excerpt,
    wordsLanguage: view.wordsLanguage,
    date: view.date,
    dateLabel: reportedOn ? `${view.dateLabel}, reported on ${reportedOn.label}` : view.dateLabel,
    sortDay: view.sortDay,
    undated,
    reportedOn,
    versions: view.renderings.length,
    versionsAt: { slug: story.slug, id: view.id },
    translation: translationNote(view)?.text,
  };
}

/** The words as compared across stories: case, quotation marks, spaces and closing punctuation aside. */
function sameWordsKey(view: StatementView): string {
  const words = view.displayText
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?…"']+$/u, '')
    .trim();
  return [view.mode, view.date?.value ?? '', words].join('\0');
}

/** A citation's identity: its source and whom it cites. */
const citationKey = (citation: CitationView) =>
  [
    citation.source.id,
    ...citation.citing.map((link) => (link.kind === 'source' ? link.source.id : link.publisher.id)),
  ].join(' ');

/**
 * Each statement once, oldest first: the same words, said the same day and quoted the same
 * way by several stories, are one entry that names every story quoting them and every source.
 * Within one story, two statements stay two (the check warns when they look like one).
 */
function onceEach(said: readonly { view: StatementView; story: ListedStory }[]): PersonStatement[] {
  const entries: PersonStatement[] = [];
  const byWords = new Map<string, PersonStatement[]>();
  for (const { view, story } of said) {
    const key = sameWordsKey(view);
    const same = byWords.get(key) ?? [];
    // Two statements of one story are two, whatever their words: only other stories' quotes of them join.
    const found = same.find((entry) => entry.quotedIn.every((appearance) => appearance.story.slug !== story.slug));
    if (!found) {
      const entry = personStatement(view, story);
      entries.push(entry);
      byWords.set(key, [...same, entry]);
      continue;
    }
    found.quotedIn.push(appearanceOf(view, story));
    const cited = new Set(found.citations.map(({ citation }) => citationKey(citation)));
    found.citations.push(
      ...view.citations
        .filter((citation) => !cited.has(citationKey(citation)))
        .map((citation) => ({ citation, story: story.slug })),
    );
    if (view.renderings.length > found.versions) {
      found.versions = view.renderings.length;
      found.versionsAt = { slug: story.slug, id: view.id };
    }
  }
  return entries;
}

/** Each listed story's statements, by the id of the person who said them. */
function statementsBySpeaker(stories: readonly ListedStory[]) {
  const rank = chronologicalRank(stories);
  const bySpeaker = new Map<string, Said[]>();
  for (const story of stories) {
    story.statements.forEach((view, position) => {
      const said = bySpeaker.get(view.speakerId) ?? [];
      said.push({ view, story, position, rank: rank.get(story.slug) ?? 0 });
      bySpeaker.set(view.speakerId, said);
    });
  }
  return bySpeaker;
}

interface Said {
  view: StatementView;
  story: ListedStory;
  position: number;
  rank: number;
}

const built = new WeakMap<SiteInput, readonly PersonPage[]>();

/**
 * A page for each person whom a listed story quotes or names, ordered by short name;
 * everyone else gets none. Each page holds every statement of the person, oldest first.
 * Built once for a given input, however many routes ask.
 */
export function buildPeople(input: SiteInput): readonly PersonPage[] {
  const known = built.get(input);
  if (known) return known;
  const bySpeaker = statementsBySpeaker(input.stories);
  const texts = input.stories.map((story) => readerTexts(story.texts));
  const pages: { sortName: string; page: PersonPage }[] = [];
  for (const [id, person] of input.people) {
    const said = bySpeaker.get(id) ?? [];
    const counts = new Map<ListedStory, number>();
    for (const entry of said) counts.set(entry.story, (counts.get(entry.story) ?? 0) + 1);
    const names = personNamer(person);
    const stories = input.stories.flatMap((story, index) => {
      const statements = counts.get(story) ?? 0;
      const appears = statements > 0 || names(texts[index] ?? readerTexts(story.texts));
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
        statements: onceEach(said),
      },
    });
  }
  pages.sort((a, b) => a.sortName.localeCompare(b.sortName, 'en') || a.page.name.localeCompare(b.page.name, 'en'));
  const result = pages.map(({ page }) => page);
  built.set(input, result);
  return result;
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
