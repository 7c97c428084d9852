/**
 * The files beside each story page: its social card and its statements as JSON. Each route
 * hands its file what it is made from, keyed by exactly that, so an edit that leaves a file
 * as it was (a word of the text, for both) lets the build reuse it.
 */
import { cardDesign, drawCardsAhead, type SocialCard } from '../exports/social-card.ts';
import { statementsExport } from '../exports/statements-export.ts';
import { exportedUrl, storyPath } from '../paths.ts';
import { digest } from '../text/digest.ts';
import { typeset } from '../text/typography.ts';
import { pageKey, siteAddress } from './cache-key.ts';
import { loadStoryPages } from './story-pages.ts';

/**
 * Each story's card: its title and summary as its page sets them, and its speakers in the
 * sidebar's order. Its key adds the digest of the card's design (code, fonts, Satori's and
 * sharp's versions); the card prints no address, so the site's settings are not in it.
 */
export async function storyCardPaths(kind: 'card' | 'thumbnail' = 'card') {
  const design = await cardDesign();
  const paths = (await loadStoryPages()).map((page) => {
    const card: SocialCard = {
      title: typeset(page.entry.data.title),
      summary: typeset(page.entry.data.summary),
      speakers: page.model.speakers.map((speaker) => speaker.name),
    };
    return { params: { slug: page.slug }, props: { card }, cacheKey: digest({ kind, card, design }) };
  });
  // A build draws the cards it has not drawn before while it renders the pages ahead of them
  // (once: the thumbnails are made from the same cards).
  if (kind === 'card') await drawCardsAhead(paths.map(({ props }) => props.card));
  return paths;
}

/**
 * Each story's `statements.json`, handed over whole and keyed by exactly what it holds: the
 * story as the export names it (with its page's address) and each of its statements.
 */
export async function storyStatementsPaths() {
  const site = siteAddress();
  return (await loadStoryPages()).map(({ slug, entry, model }) => {
    const story = { slug, title: entry.data.title, asOf: entry.data.asOf, url: exportedUrl(storyPath(slug), site) };
    const file = statementsExport(story, model);
    return { params: { slug }, props: { file }, cacheKey: pageKey('statements', file) };
  });
}

export type StatementsFile = ReturnType<typeof statementsExport>;
