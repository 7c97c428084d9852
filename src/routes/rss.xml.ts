import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../lib/exports/feed.ts';
import { sitePath } from '../lib/paths.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { loadSiteData } from '../lib/routes/site-data.ts';

/** The stories, and each dated update to them, newest first. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The feed needs the site address: set SITE_URL.');
  const { stories } = await loadSiteData();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    // The channel links to the home page, under the base path.
    site: new URL(sitePath(), site).href,
    // Absolute links are kept as they are: the feed would add a slash after an update's anchor.
    items: feedItems(stories.map((entry) => ({ slug: entry.id, ...entry.data }))).map((item) => ({
      ...item,
      link: new URL(item.link, site).href,
    })),
    customData: '<language>en</language>',
  });
};
