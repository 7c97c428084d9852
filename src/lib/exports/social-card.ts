/**
 * A story's social card as the site serves it: the PNG a link preview shows and the small WebP
 * beside the story on the home page. `card-drawing.ts` draws it; this module keeps each card on
 * disk by its text and its design.
 */
import sharp from 'sharp';
import { diskCache, projectCacheDir, type DiskCache } from '../content/disk-cache.ts';
import { canonicalJson, digest } from '../text/digest.ts';
import { CARD_CODE } from './card-code.ts';
import { CARD_HEIGHT, CARD_WIDTH, drawCardPng, PNG_OPTIONS, type SocialCard } from './card-drawing.ts';
import { satoriSetup } from './card-satori.ts';

export type { CardBox, SocialCard } from './card-drawing.ts';

let design: Promise<string> | undefined;

/**
 * A digest of everything besides its text that decides a card's pixels: the code that lays it
 * out and draws it, the fonts, Satori's and sharp's (and libvips') versions, the PNG settings.
 */
export function cardDesign(): Promise<string> {
  design ??= satoriSetup().then((setup) =>
    digest({ code: CARD_CODE, ...setup, sharp: sharp.versions, png: PNG_OPTIONS }),
  );
  return design;
}

let pngCache: DiskCache | undefined | null = null;
const defaultCache = () => (pngCache ??= cardCache());

/**
 * The card as a PNG, the same bytes for the same card. PNGs are cached on disk by the card's
 * text and its design's digest: a card drawn before, by the same code with the same fonts and
 * versions, is read back without Satori or sharp running at all.
 */
export async function renderSocialCard(
  card: SocialCard,
  cache: DiskCache | undefined = defaultCache(),
): Promise<Uint8Array<ArrayBuffer>> {
  const key = canonicalJson({ card, design: await cardDesign() });
  const cached = cache?.read(key);
  if (cached) return new Uint8Array(cached);
  const png = await drawCardPng(card);
  cache?.write(key, png);
  return png;
}

/** The card as the home page shows it beside a story: half as wide, as WebP, a few kilobytes. */
export const THUMBNAIL_WIDTH = CARD_WIDTH / 2;
export const THUMBNAIL_HEIGHT = CARD_HEIGHT / 2;

/** A story's card, small: made from the full card (cached), so both always show the same. */
export async function renderCardThumbnail(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const png = await renderSocialCard(card);
  const webp = await sharp(png).resize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT).webp({ quality: 80, effort: 4 }).toBuffer();
  return new Uint8Array(webp);
}

function cardCache(): DiskCache | undefined {
  const dir = projectCacheDir('cards');
  return dir === undefined ? undefined : diskCache(dir, '.png');
}
