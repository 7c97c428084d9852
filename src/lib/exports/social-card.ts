/**
 * A story's social card as the site serves it: the PNG a link preview shows and the small WebP
 * beside the story on the home page. `card-drawing.ts` draws it; this module keeps each card on
 * disk by its text and its design, and decides where it is drawn.
 *
 * A build draws its cards in worker threads (`card-pool.ts`) and starts on them as soon as it
 * knows its stories, so that its pages render while the cards are drawn. The dev server draws
 * a card on its own thread when a page asks for it: one card at a time, cached after, so the
 * workers would only add their start-up to the first request.
 */
import sharp from 'sharp';
import { diskCache, projectCacheDir, type DiskCache } from '../content/disk-cache.ts';
import { canonicalJson, digest } from '../text/digest.ts';
import { CARD_CODE } from './card-code.ts';
import { CARD_HEIGHT, CARD_WIDTH, drawCardPng, PNG_OPTIONS, type SocialCard } from './card-drawing.ts';
import { cardError, CardPool } from './card-pool.ts';
import { satoriSetup } from './card-satori.ts';

export type { CardBox, SocialCard } from './card-drawing.ts';

/**
 * The workers' script, a path in the project that Node runs as it is: this module is bundled
 * into another folder, so the `cardWorkers` integration gives the path, for `astro build` only.
 */
declare const __EXPLAINER_CARD_WORKER__: string | undefined;

let pool: CardPool | undefined;

/** The build's card workers; none outside a build. */
function cardPool(): CardPool | undefined {
  if (typeof __EXPLAINER_CARD_WORKER__ !== 'string') return undefined;
  pool ??= new CardPool(__EXPLAINER_CARD_WORKER__);
  return pool;
}

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

/** Cards being drawn, by key: a card asked for again meanwhile is drawn once. */
const drawing = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** Draws a card not on disk and puts it there; `wanted` when a route waits for it. */
function draw(key: string, card: SocialCard, cache: DiskCache | undefined, wanted: boolean) {
  const workers = cardPool();
  const known = drawing.get(key);
  if (known) {
    if (wanted) workers?.want(key);
    return known;
  }
  const drawn =
    workers?.draw(key, card, wanted) ??
    drawCardPng(card).catch((error: unknown) => {
      throw error instanceof Error ? cardError(card, error.message, error.stack) : error;
    });
  const png = drawn.then((bytes) => {
    cache?.write(key, bytes);
    return bytes;
  });
  drawing.set(key, png);
  // A card drawn ahead that failed is drawn again when its route asks for it, and fails there.
  const forget = () => drawing.delete(key);
  void png.then(forget, forget);
  return png;
}

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
  return draw(key, card, cache, true);
}

/**
 * Starts drawing the cards that are not on disk, in the build's workers, before any route asks
 * for them. Only in a build with the cache on: a card drawn ahead waits on disk for its route.
 */
export async function drawCardsAhead(
  cards: readonly SocialCard[],
  cache: DiskCache | undefined = defaultCache(),
): Promise<void> {
  if (!cache || !cardPool()) return;
  const design = await cardDesign();
  for (const card of cards) {
    const key = canonicalJson({ card, design });
    if (!drawing.has(key) && !cache.read(key)) void draw(key, card, cache, false);
  }
}

/** The card as the home page shows it beside a story: half as wide, as WebP, a few kilobytes. */
export const THUMBNAIL_WIDTH = CARD_WIDTH / 2;
export const THUMBNAIL_HEIGHT = CARD_HEIGHT / 2;

/** WebP settings: effort 2 encodes a thumbnail in about 70% of the time of effort 4, for a file about 3% larger. */
const THUMBNAIL_WEBP = { quality: 80, effort: 2 } as const;

/** A story's card, small: made from the full card (cached), so both always show the same. */
export async function renderCardThumbnail(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const png = await renderSocialCard(card);
  const webp = await sharp(png).resize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT).webp(THUMBNAIL_WEBP).toBuffer();
  return new Uint8Array(webp);
}

function cardCache(): DiskCache | undefined {
  const dir = projectCacheDir('cards');
  return dir === undefined ? undefined : diskCache(dir, '.png');
}
