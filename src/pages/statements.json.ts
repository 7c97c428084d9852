import type { APIRoute } from 'astro';
import { exportedUrl, storyPath } from '../lib/paths.ts';
import { loadSiteInput } from '../lib/routes/site-pages.ts';
import { siteStatementsExport } from '../lib/exports/statements-export.ts';

/** Every statement of every listed story, the newest story first, each story's in reading order. */
export const GET: APIRoute = async ({ site }) => {
  const { stories } = await loadSiteInput();
  const body = siteStatementsExport(stories, (slug) => exportedUrl(storyPath(slug), site));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
