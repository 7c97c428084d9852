/**
 * Stories that follow each other: a series is every listed story whose front matter names the
 * same series title, in the order of their parts. A story page says which part it is and links
 * to the parts before and after; the home page lists each series in order.
 */
import type { StorySeries } from '../../schemas/story.ts';
import { slugWords } from '../content/said-markup.ts';

/** A story as a series needs it. */
export interface SeriesStory {
  slug: string;
  title: string;
  series?: StorySeries | undefined;
}

export interface SeriesPart {
  slug: string;
  title: string;
  part: number;
}

export interface Series {
  /** Made from the title, for anchors: "putin-and-trump-2025". */
  id: string;
  title: string;
  /** In the order of their parts. */
  parts: SeriesPart[];
}

/** Where a story stands in its series: "Part 2 of 3", with the parts on either side. */
export interface SeriesPlace {
  series: Series;
  part: number;
  previous: SeriesPart | undefined;
  next: SeriesPart | undefined;
}

/** The series of the listed stories, each with its parts in order, the series in order of their first part's appearance. */
export function buildSeries(stories: readonly SeriesStory[]): Series[] {
  const byTitle = new Map<string, Series>();
  for (const story of stories) {
    if (!story.series) continue;
    const { title, part } = story.series;
    const series = byTitle.get(title) ?? { id: slugWords(title, 8), title, parts: [] };
    series.parts.push({ slug: story.slug, title: story.title, part });
    byTitle.set(title, series);
  }
  const all = [...byTitle.values()];
  for (const series of all) series.parts.sort((a, b) => a.part - b.part || a.slug.localeCompare(b.slug));
  return all;
}

/** A story's place in its series, or undefined when it belongs to none. */
export function seriesPlace(series: readonly Series[], slug: string): SeriesPlace | undefined {
  for (const candidate of series) {
    const index = candidate.parts.findIndex((part) => part.slug === slug);
    const part = candidate.parts[index];
    if (!part) continue;
    return {
      series: candidate,
      part: part.part,
      previous: candidate.parts[index - 1],
      next: candidate.parts[index + 1],
    };
  }
  return undefined;
}

/** "Part 2 of 3". */
export function partLabel(place: Pick<SeriesPlace, 'part' | 'series'>): string {
  return `Part ${String(place.part)} of ${String(place.series.parts.length)}`;
}
