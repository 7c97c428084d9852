/** The stories a page across stories lists, and how it names one from another. */
import type { Person } from '../../schemas/person.ts';
import type { StoryEvent, StorySeries } from '../../schemas/story.ts';
import type { StatementView } from './statement-view.ts';

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
  /** The series it belongs to, if any. */
  series?: StorySeries | undefined;
  /** The id of the quote the home page shows under it, when the editor chose one. */
  keyQuote?: string | undefined;
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
/** Place of a story in time: the oldest listed story first, since the site lists them newest first. */
export function chronologicalRank(stories: readonly ListedStory[]): Map<string, number> {
  return new Map(stories.map((story, index) => [story.slug, stories.length - 1 - index]));
}

export function ref(story: ListedStory): StoryRef {
  return { slug: story.slug, title: story.title };
}
