import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSocialCard } from '../../lib/exports/social-card.ts';
import { loadStoryPages, type StoryPage } from '../../lib/routes/story-pages.ts';
import { typeset } from '../../lib/text/typography.ts';

export const getStaticPaths = (async () => {
  const pages = await loadStoryPages();
  return pages.map((page) => ({ params: { slug: page.slug }, props: { page } }));
}) satisfies GetStaticPaths;

/** A story's social card: its title and summary as its page sets them, and its speakers in the sidebar's order. */
export const GET: APIRoute<{ page: StoryPage }> = async ({ props }) => {
  const { entry, model } = props.page;
  const png = await renderSocialCard({
    title: typeset(entry.data.title),
    summary: typeset(entry.data.summary),
    speakers: model.speakers.map((speaker) => speaker.name),
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
