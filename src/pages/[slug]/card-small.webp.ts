import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCardThumbnail, type SocialCard } from '../../lib/exports/social-card.ts';
import { storyCardPaths } from '../../lib/routes/story-files.ts';

export const getStaticPaths = (() => storyCardPaths('thumbnail')) satisfies GetStaticPaths;

/** A story's card, small, as the home page shows it. */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const webp = await renderCardThumbnail(props.card);
  return new Response(webp, { headers: { 'Content-Type': 'image/webp' } });
};
