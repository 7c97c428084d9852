/**
 * The route data of the pages across stories: the home page, the people list, a person's
 * page and the site-wide timeline. Each gathers what its page shows into one object; the
 * page only renders it.
 */
import { personStructuredData } from '../exports/structured-data.ts';
import { buildStorySummaries, type StorySummary } from '../models/home.ts';
import { buildSeries, partLabel, seriesPlace, type Series } from '../models/series.ts';
import { buildPeople, type PersonPage } from '../models/people.ts';
import {
  buildTimeline,
  timelineDays,
  timelineFilters,
  timelineMonths,
  scopesOf,
  type TimelineDay,
  type TimelineEntry,
  type TimelineFilters,
  type TimelineKind,
  type TimelineMonth,
  type TimelineScope,
} from '../models/site-timeline.ts';
import { exportedUrl, personPath } from '../paths.ts';
import { typeset, typesetOptional } from '../text/typography.ts';
import type { Problem } from '../content/problem.ts';
import { pageKey } from './cache-key.ts';
import { loadSiteInput } from './site-pages.ts';

export interface HomeRoute {
  /** Each story, newest first; one in a series says which part it is: "Part 2 of 3 · Putin and Trump, 2025". */
  stories: (StorySummary & { seriesLabel: string | undefined })[];
  /** The series of stories, each with its parts in reading order. */
  series: Series[];
  /** In the dev server, the content's problems when any of them is an error; never in a build. */
  problems: Problem[];
}

/** The home page: each listed story, newest first. */
export async function homeRoute(): Promise<HomeRoute> {
  const input = await loadSiteInput();
  const series = buildSeries(
    [...input.stories]
      .reverse()
      .map((story) => ({ slug: story.slug, title: typeset(story.title), series: story.series })),
  );
  const stories = buildStorySummaries(input).map((story) => {
    const place = seriesPlace(series, story.slug);
    return { ...story, seriesLabel: place && `${partLabel(place)} · ${place.series.title}` };
  });
  const problems = import.meta.env.DEV ? (await import('./dev-problems.ts')).contentProblems() : [];
  return { stories, series, problems };
}

/** The people list: those the stories quote first, then those they only name. */
export async function peopleRoute(): Promise<{ quoted: PersonPage[]; namedOnly: PersonPage[] }> {
  const people = buildPeople(await loadSiteInput());
  return {
    quoted: people.filter((person) => person.statements.length > 0),
    namedOnly: people.filter((person) => person.statements.length === 0),
  };
}

/**
 * The person pages to build, one per person the stories quote or name, each keyed by what its
 * page renders: who they are, their roles, their statements across stories and those stories'
 * titles, under the build's base path and address.
 */
export async function personPaths() {
  const people = buildPeople(await loadSiteInput());
  return people.map((person) => ({
    params: { id: person.id },
    props: { person },
    cacheKey: pageKey('person', person),
  }));
}

export interface PersonRoute {
  person: PersonPage;
  /** The stories that name the person without quoting them. */
  namedOnly: PersonPage['stories'];
  structuredData: ReturnType<typeof personStructuredData>;
}

/** A person's page. */
export function personRoute(person: PersonPage, site: URL | undefined): PersonRoute {
  return {
    person,
    namedOnly: person.stories.filter((story) => story.statements === 0),
    structuredData: personStructuredData(person, exportedUrl(personPath(person.id), site)),
  };
}

/** The site-wide timeline, by date; events and story titles, written in front matter, set like the body. */
export interface TimelineRoute {
  /** Every date, for the timeline of everything. */
  days: TimelineDay[];
  months: TimelineMonth[];
  /** The stories and people it can be narrowed to, across the whole timeline. */
  filters: TimelineFilters;
  scope: TimelineScope;
  /** The name of what it is narrowed to: a story's title or a person's name. */
  scopeName: string | undefined;
}

/** The site-wide timeline's entries, with their text set like the body's. */
async function timelineEntries() {
  return buildTimeline(await loadSiteInput()).map((entry) => ({
    ...entry,
    what: typeset(entry.what),
    where: typesetOptional(entry.where),
    story: { ...entry.story, title: typeset(entry.story.title) },
  }));
}

/** The timeline of everything, or of one story or one person. */
export async function timelineRoute(scope?: TimelineScope): Promise<TimelineRoute> {
  const all = await timelineEntries();
  const entries = scope ? all.filter((entry) => scopesOf(entry).includes(`${scope.kind}:${scope.id}`)) : all;
  return timelineOf(entries, timelineFilters(all), scope);
}

/** The timeline of the given entries, with the filters of the whole timeline. */
function timelineOf(entries: TimelineEntry[], filters: TimelineFilters, scope: TimelineScope): TimelineRoute {
  const scopeName =
    scope && (scope.kind === 'story' ? filters.stories : filters.people).find((filter) => filter.id === scope.id)?.name;
  return { days: timelineDays(entries), months: timelineMonths(entries), filters, scope, scopeName };
}

/**
 * The narrowed timelines to build, `/timeline/<kind>/<id>/`: one per story and per person on
 * the timeline (or of one kind only), keyed by what each renders. The entries are read and
 * sorted into their scopes once.
 */
export async function timelineScopePaths(only?: TimelineKind) {
  const all = await timelineEntries();
  const filters = timelineFilters(all);
  const inScope = new Map<string, TimelineEntry[]>();
  for (const entry of all) {
    for (const key of scopesOf(entry)) {
      const entries = inScope.get(key) ?? [];
      entries.push(entry);
      inScope.set(key, entries);
    }
  }
  const scopes: NonNullable<TimelineScope>[] = [
    ...filters.stories.map(({ id }) => ({ kind: 'story' as const, id })),
    ...filters.people.map(({ id }) => ({ kind: 'person' as const, id })),
  ];
  return scopes
    .filter((scope) => !only || scope.kind === only)
    .map((scope) => {
      const route = timelineOf(inScope.get(`${scope.kind}:${scope.id}`) ?? [], filters, scope);
      return { params: scope, props: { route }, cacheKey: pageKey(`timeline-${scope.kind}`, route) };
    });
}
