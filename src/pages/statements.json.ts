import type { APIRoute } from 'astro';
import { exportedUrl, storyPath } from '../lib/paths.ts';
import { loadSiteInput } from '../lib/routes/site-pages.ts';
import { exportStatement, type ExportedStory } from '../lib/exports/statements-export.ts';

/** Every statement of every listed story, the newest story first, each story's in reading order. */
export const GET: APIRoute = async ({ site }) => {
  const { stories } = await loadSiteInput();
  const pageUrl = (slug: string) => exportedUrl(storyPath(slug), site);
  const body = {
    stories: stories.map((story): ExportedStory => ({
      slug: story.slug,
      title: story.title,
      asOf: story.asOf,
      url: pageUrl(story.slug),
    })),
    statements: stories.flatMap((story) =>
      story.statements.map((statement) => exportStatement(statement, pageUrl(story.slug))),
    ),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
