import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPath } from '../../lib/paths.ts';
import { statementsExport } from '../../lib/exports/statements-export.ts';
import { loadStoryPages, type StoryPage } from '../../lib/routes/story-pages.ts';

export const getStaticPaths = (async () => {
  const pages = await loadStoryPages();
  return pages.map((page) => ({ params: { slug: page.slug }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: StoryPage }> = ({ props, site }) => {
  const { entry, model } = props.page;
  const pageUrl = new URL(storyPath(entry.id), site ?? 'http://localhost/');
  const body = statementsExport(
    { slug: entry.id, title: entry.data.title, asOf: entry.data.asOf, url: site ? pageUrl.href : pageUrl.pathname },
    model,
  );
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
