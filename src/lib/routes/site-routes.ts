/**
 * The route data of the pages across stories: the home page, the people list, a person's
 * page and the site-wide timeline. Each gathers what its page shows into one object; the
 * page only renders it.
 */
import { personStructuredData } from '../exports/structured-data.ts';
import { buildStorySummaries, type StorySummary } from '../models/home.ts';
import { buildSeries, partLabel, seriesPlace, type Series } from '../models/series.ts';
import { buildPeople, type PersonPage } from '../models/people.ts';
import { buildTimeline, timelineDays, type TimelineDay } from '../models/site-timeline.ts';
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
export async function timelineRoute(): Promise<{ days: TimelineDay[] }> {
  const entries = buildTimeline(await loadSiteInput()).map((entry) => ({
    ...entry,
    what: typeset(entry.what),
    where: typesetOptional(entry.where),
    story: { ...entry.story, title: typeset(entry.story.title) },
  }));
  return { days: timelineDays(entries) };
}
