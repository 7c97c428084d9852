/**
 * The feed's items: each story on the day it was published, and each of its dated updates on
 * its own day, linked to the update on the story's page. Plain TypeScript, tested without Astro.
 */
import type { Story } from '../../schemas/story.ts';
import { storyPath } from '../paths.ts';
import { buildStoryChanges } from '../models/story-changes.ts';
import { typeset } from '../text/typography.ts';

export interface FeedItem {
  title: string;
  description: string;
  /** A site path; the feed makes it absolute. */
  link: string;
  pubDate: Date;
  /** The series the story belongs to, as the feed's category. */
  categories: string[];
}

/**
 * Text as a feed reader must show it. Readers render an item's title and description as HTML
 * once the XML is read, so the text's own "<" and "&" are written as entities: a summary that
 * mentions `<img onerror=…>` stays words on the reader's screen.
 */
export function feedText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The items of the feed for the listed stories, newest first: each story, its updates and its corrections. */
export function feedItems(
  stories: readonly (Pick<Story, 'title' | 'summary' | 'published' | 'updates' | 'corrections' | 'series'> & {
    slug: string;
  })[],
): FeedItem[] {
  const items = stories.flatMap((story) => {
    const title = typeset(story.title);
    const categories = story.series ? [feedText(typeset(story.series.title))] : [];
    const { updates, corrections } = buildStoryChanges({
      updates: story.updates,
      corrections: story.corrections,
      statements: [],
      storyTitle: () => undefined,
    });
    return [
      {
        title: feedText(title),
        description: feedText(typeset(story.summary)),
        link: storyPath(story.slug),
        pubDate: new Date(story.published),
        categories,
      },
      ...updates.map((update) => ({
        title: feedText(`Update to “${title}”, ${update.dateLabel}`),
        description: feedText(update.text),
        link: `${storyPath(story.slug)}#${update.anchor}`,
        pubDate: new Date(update.date),
        categories,
      })),
      ...corrections.map((correction) => ({
        title: feedText(`Correction to “${title}”, ${correction.dateLabel}`),
        description: feedText(`We wrote: ${correction.wrong} In fact: ${correction.right}`),
        link: `${storyPath(story.slug)}#${correction.anchor}`,
        pubDate: new Date(correction.date),
        categories,
      })),
    ];
  });
  // A stable sort: on one day, stories keep the site's order and each comes before its updates.
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
