import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSocialCard, type SocialCard } from '../../lib/exports/social-card.ts';
import { storyCardPaths } from '../../lib/routes/story-files.ts';

export const getStaticPaths = (() => storyCardPaths()) satisfies GetStaticPaths;

/** A story's social card. */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const png = await renderSocialCard(props.card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
