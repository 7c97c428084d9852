/**
 * The route data of the pages across stories: the home page, the people list, a person's
 * page and the site-wide timeline. Each gathers what its page shows into one object; the
 * page only renders it.
 */
import { personStructuredData } from '../exports/structured-data.ts';
import { buildStorySummaries, type StorySummary } from '../models/home.ts';
import { buildSeries, partLabel, seriesPlace, type Series } from '../models/series.ts';
import { appearanceLabel, buildPeople, type PersonPage } from '../models/people.ts';
import {
  buildTimeline,
  timelineFilters,
  timelineMonths,
  scopesOf,
  type TimelineEntry,
  type TimelineFilters,
  type TimelineKind,
  type TimelineMonth,
  type TimelineScope,
} from '../models/site-timeline.ts';
import { NAMED_IN_SHOWN, PAGE_SIZES, pageNumberOf, pageParam, splitPages, type Pager } from '../models/pages.ts';
import {
  exportedUrl,
  listPagePath,
  peoplePath,
  personPath,
  searchPath,
  sitePath,
  timelinePath,
  timelineScopePath,
} from '../paths.ts';
import { typeset, typesetOptional } from '../text/typography.ts';
import type { Problem } from '../content/problem.ts';
import { QUERY_PARAM } from '../search/state.ts';
import { pageKey, siteAddress } from './cache-key.ts';
import { loadSiteInput } from './site-pages.ts';

/** While a site has at most this many stories and people on its timeline, each timeline page offers them all. */
const TIMELINE_FILTERS_ALL = 60;

/**
 * The paths of a list split into pages under `first`: each page's route built from its items
 * and its place among the pages, and keyed by that route (`kind` telling lists apart).
 */
function pagedPaths<T, R extends { pager: Pager }, P extends Record<string, string>>(
  kind: string,
  list: { items: readonly T[]; size: number; first: string; params: P },
  route: (items: T[], pager: Pager) => R,
) {
  return splitPages(list.items, list.size, (n) => listPagePath(list.first, n)).map(({ items, pager }) => {
    const built = route(items, pager);
    return {
      params: { ...list.params, page: pageParam(pager.number) },
      props: { route: built },
      cacheKey: pageKey(kind, built),
    };
  });
}

export interface HomeRoute {
  /** This page's stories, newest first; one in a series says which part it is: "Part 2 of 3 · Putin and Trump, 2025". */
  stories: (StorySummary & { seriesLabel: string | undefined })[];
  /** The series of stories, each with its parts in reading order: on the first page. */
  series: Series[];
  /** In the dev server, the content's problems when any of them is an error; never in a build. */
  problems: Problem[];
  pager: Pager;
}

/** The pages of the home page: every listed story, newest first, in pages. */
async function homeRoutes(): Promise<HomeRoute[]> {
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
  return splitPages(stories, PAGE_SIZES.stories, (n) => listPagePath(sitePath(), n)).map(({ items, pager }) => ({
    stories: items,
    series: pager.number === 1 ? series : [],
    problems,
    pager,
  }));
}

/** One page of the home page, by its route parameter: read afresh, for the dev server. */
export async function homeRoute(param: string | undefined): Promise<HomeRoute | undefined> {
  return (await homeRoutes())[pageNumberOf(param) - 1];
}

/**
 * The pages of the home page, each keyed by what it lists. In the dev server, where a story's
 * mistakes show on the first page, each page reads its stories when it is asked for.
 */
export async function homePaths() {
  return (await homeRoutes()).map((route) => ({
    params: { page: pageParam(route.pager.number) },
    props: { route: import.meta.env.DEV ? undefined : route },
    cacheKey: pageKey('home', route),
  }));
}

/** A person as the people list shows them. */
export interface ListedPerson {
  id: string;
  name: string;
  description: string;
  /** "4 statements in 2 stories", "Named in 1 story, quoted in none". */
  appearance: string;
}

/** A page of the people list: those the stories quote first, then those they only name. */
export interface PeopleRoute {
  quoted: ListedPerson[];
  namedOnly: ListedPerson[];
  pager: Pager;
}

/** The pages of the people list, each keyed by the people it lists. */
export async function peoplePaths() {
  const people = buildPeople(await loadSiteInput());
  const listed = (person: PersonPage) => ({
    person: { id: person.id, name: person.name, description: person.description, appearance: appearanceLabel(person) },
    quoted: person.statements.length > 0,
  });
  const ordered = [
    ...people.filter((person) => person.statements.length > 0),
    ...people.filter((person) => person.statements.length === 0),
  ].map(listed);
  return pagedPaths(
    'people',
    { items: ordered, size: PAGE_SIZES.people, first: peoplePath(), params: {} },
    (items, pager): PeopleRoute => ({
      quoted: items.filter((item) => item.quoted).map((item) => item.person),
      namedOnly: items.filter((item) => !item.quoted).map((item) => item.person),
      pager,
    }),
  );
}

export interface PersonRoute {
  /** Who they are: their name, description, other spellings and roles. */
  person: Omit<PersonPage, 'statements' | 'stories'>;
  /** This page's statements, oldest first. */
  statements: PersonPage['statements'];
  /** Whether the stories quote them (or only name them). */
  quoted: boolean;
  appearance: string;
  /** Whether any statement of theirs is dated, and so on the timeline. */
  onTimeline: boolean;
  /**
   * The newest stories that name the person without quoting them; when there are more, how
   * many ("3,280 more stories") and the search for the person's name, which finds them.
   */
  namedOnly: { stories: PersonPage['stories']; more: { label: string; search: string } | undefined };
  structuredData: ReturnType<typeof personStructuredData>;
  pager: Pager;
}

/** The first of the stories that only name a person, newest first, and how many more there are. */
function namedIn(stories: PersonPage['stories'], name: string): PersonRoute['namedOnly'] {
  const more = stories.length - NAMED_IN_SHOWN;
  return {
    stories: stories.slice(0, NAMED_IN_SHOWN),
    more:
      more > 0
        ? {
            label: `${more.toLocaleString('en')} more ${more === 1 ? 'story' : 'stories'}`,
            search: `${searchPath()}?${new URLSearchParams({ [QUERY_PARAM]: name }).toString()}`,
          }
        : undefined,
  };
}

/**
 * The person pages to build, one per person the stories quote or name (more when their
 * statements fill more than a page), each keyed by what it renders: who they are, their roles,
 * the page's statements and those stories' titles, under the build's base path and address.
 */
export async function personPaths() {
  const people = buildPeople(await loadSiteInput());
  const site = siteAddress();
  return people.flatMap(({ statements, stories, ...person }) => {
    const first = personPath(person.id);
    const shared = {
      person,
      quoted: statements.length > 0,
      appearance: appearanceLabel({ statements, stories }),
      onTimeline: statements.some((statement) => statement.date),
      namedOnly: namedIn(
        stories.filter((story) => story.statements === 0),
        person.name,
      ),
      structuredData: personStructuredData(person, exportedUrl(first, site)),
    };
    return pagedPaths(
      'person',
      { items: statements, size: PAGE_SIZES.statements, first, params: { id: person.id } },
      (items, pager): PersonRoute => ({ ...shared, statements: items, pager }),
    );
  });
}

/** The site-wide timeline, by date; events and story titles, written in front matter, set like the body. */
export interface TimelineRoute {
  months: TimelineMonth[];
  /** The stories and people it can be narrowed to. */
  filters: TimelineFilters;
  scope: TimelineScope;
  /** The name of what it is narrowed to: a story's title or a person's name. */
  scopeName: string | undefined;
  pager: Pager;
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

/**
 * The pages of a timeline (of everything, or narrowed to `scope`), each keyed by what it
 * renders. A page offers every story and person of the site to narrow to while they are few;
 * past that, those of its own entries, so that no page lists the whole archive.
 */
function timelinePages(entries: TimelineEntry[], filters: TimelineFilters, scope: TimelineScope) {
  const scopeName =
    scope && (scope.kind === 'story' ? filters.stories : filters.people).find((filter) => filter.id === scope.id)?.name;
  const first = scope ? timelineScopePath(scope.kind, scope.id) : timelinePath();
  const few = filters.stories.length + filters.people.length <= TIMELINE_FILTERS_ALL;
  return pagedPaths(
    scope ? `timeline-${scope.kind}` : 'timeline',
    { items: entries, size: PAGE_SIZES.timeline, first, params: scope ? { kind: scope.kind, id: scope.id } : {} },
    (items, pager): TimelineRoute => ({
      months: timelineMonths(items),
      filters: few ? filters : timelineFilters(items),
      scope,
      scopeName,
      pager,
    }),
  );
}

/** The pages of the timeline of everything. */
export async function timelinePaths() {
  const all = await timelineEntries();
  return timelinePages(all, timelineFilters(all), undefined);
}

/**
 * The pages of the narrowed timelines, `/timeline/<kind>/<id>/`: one timeline per story and per
 * person on the timeline (or of one kind only). The entries are read and sorted into their
 * scopes once.
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
    .flatMap((scope) => timelinePages(inScope.get(`${scope.kind}:${scope.id}`) ?? [], filters, scope));
}
