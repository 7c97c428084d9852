/**
 * A story's social card drawn: the 1200×630 image a link preview shows, from the story's
 * title, summary and speakers. Satori lays the card out as SVG with the fonts of
 * `@fontsource/noto-sans` read from disk (nothing is fetched), and sharp turns it into a PNG.
 *
 * Nothing may spill over the card's edges, whatever an editor writes, so the text is fitted
 * first: Satori measures each candidate (the title at each size, the summary cut at each
 * length, the speakers with fewer and fewer names) and the card keeps the largest that fits.
 *
 * The build's card workers run this module as it is, outside Vite (`card-worker.ts`): it and
 * what it imports must be plain TypeScript that Node runs, without Vite's `?raw` or `astro:`.
 */
import sharp from 'sharp';
import { readableExcerpt } from '../models/sidebar.ts';
import { SITE_NAME } from '../site.ts';
import { element, FONT_FAMILY, layOut, type CardElement } from './card-satori.ts';

export type { CardBox } from './card-satori.ts';

/** What a card shows of a story, typeset as its page shows it. */
export interface SocialCard {
  title: string;
  summary: string;
  /** Display names, in the order of the story's "Who said what" sidebar. */
  speakers: readonly string[];
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The light theme of `src/styles/tokens.css`: a card has no dark mode. */
const COLOURS = {
  background: '#fdfcfa', // --ex-color-bg
  text: '#1d1d1b', // --ex-color-text
  muted: '#5a5853', // --ex-color-muted
  border: '#d9d5cc', // --ex-color-border
  accent: '#1f5f8b', // --ex-color-accent
} as const;

/** The card's grid, in pixels. Text sizes are large so that a thumbnail stays readable. */
const STRIPE = 12;
const PADDING_TOP = 40;
const PADDING_BOTTOM = 44;
const PADDING_INLINE = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_INLINE;
const SITE_NAME_SIZE = 30;
/** The leading of the one-line labels: the site's name and "Who said what". */
const LABEL_LEADING = 1.2;
const HEADER_GAP = 30;
const TITLE_SIZES = [60, 54, 48, 42] as const;
const TITLE_LEADING = 1.15;
/** A title longer than this many lines is hard to take in at a glance: it is set smaller. */
const TITLE_MAX_LINES = 3;
const TITLE_GAP = 18;
const SUMMARY_SIZE = 28;
const SUMMARY_LEADING = 1.4;
/** The summary keeps at least this many lines beside a long title, and fills what is left. */
const SUMMARY_MIN_LINES = 2;
/** The longest summary tried whole; longer ones are cut where a reader would pause. */
const SUMMARY_LONGEST = 400;
/** How much shorter each cut of the summary is than the one before. */
const SUMMARY_STEP = 15;
const FOOTER_GAP = 28;
const FOOTER_RULE = 2;
const FOOTER_PADDING = 18;
const LABEL_SIZE = 22;
const LABEL_GAP = 6;
const NAMES_SIZE = 27;
const NAMES_LEADING = 1.3;
const NAMES_MAX_LINES = 2;

/** Height of everything but the title, the summary and the footer's names. */
const FIXED_HEIGHT =
  STRIPE + PADDING_TOP + Math.ceil(SITE_NAME_SIZE * LABEL_LEADING) + HEADER_GAP + TITLE_GAP + PADDING_BOTTOM;
/** What the footer adds around the names, when there are speakers to name. */
const FOOTER_FRAME = FOOTER_GAP + FOOTER_RULE + FOOTER_PADDING + Math.ceil(LABEL_SIZE * LABEL_LEADING) + LABEL_GAP;

/** "A", "A and B", "A, B and C"; with `shown` of them named, "A, B, C and 3 others". */
export function speakerList(names: readonly string[], shown = names.length): string {
  const named = names.slice(0, Math.max(1, shown));
  const others = names.length - named.length;
  if (others > 0) return `${named.join(', ')} and ${String(others)} ${others === 1 ? 'other' : 'others'}`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}` : named.join('');
}

/** " …" after a whole sentence, as `readableExcerpt` marks what it left out. */
const AFTER_WHOLE_SENTENCE = /(?<=[.!?…][”’")]*) …$/u;

/**
 * The summary whole, then cut shorter and shorter where a reader would pause: the card keeps
 * the longest that fits. A cut after a whole sentence ends there, with no "…": on a card it
 * reads as complete, and the page has the rest.
 */
export function summaryCuts(summary: string): string[] {
  const cuts = [summary];
  for (let length = Math.min(summary.length - 1, SUMMARY_LONGEST); length > SUMMARY_STEP; length -= SUMMARY_STEP) {
    cuts.push(readableExcerpt(summary, length).replace(AFTER_WHOLE_SENTENCE, ''));
  }
  return [...new Set(cuts)];
}

/** What the card shows, fitted to it. */
export interface CardLayout {
  titleSize: number;
  titleLines: number;
  summary: string;
  summaryLines: number;
  /** The speakers as the footer names them; empty when no one speaks. */
  speakers: string;
  speakerLines: number;
}

const titleStyle = (size: number) => ({
  fontSize: size,
  fontWeight: 700,
  lineHeight: TITLE_LEADING,
  letterSpacing: -0.01 * size,
  textWrap: 'pretty',
});
const summaryStyle = { fontSize: SUMMARY_SIZE, fontWeight: 400, lineHeight: SUMMARY_LEADING };
const namesStyle = { fontSize: NAMES_SIZE, fontWeight: 700, lineHeight: NAMES_LEADING };

const lines = (height: number, size: number, leading: number) => Math.max(1, Math.round(height / (size * leading)));

/**
/** A candidate set at the width of the card's text, to be measured. */
const candidate = (key: string, style: CardElement['props']['style'], text: string) =>
  element({ width: TEXT_WIDTH, fontFamily: FONT_FAMILY, ...style }, text, key);

/** The height of each candidate, by its key, measured in one pass of Satori. */
async function measure(candidates: CardElement[]): Promise<Map<string, number>> {
  const column = element({ display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }, candidates);
  const { boxes } = await layOut(column, CARD_WIDTH, 100 * CARD_HEIGHT);
  return new Map([...boxes].map(([key, box]) => [key, box.height]));
}

/**
 * The largest title, the longest summary and the most names that fit the card together. Each
 * candidate's height does not depend on the others, so Satori measures the titles, the names
 * and the whole summary first, and the shorter cuts of the summary only when it does not fit.
 */
export async function fitCard(card: SocialCard): Promise<CardLayout> {
  const summaries = summaryCuts(card.summary);
  const names = card.speakers.map((_, index) => speakerList(card.speakers, card.speakers.length - index));
  const heights = await measure([
    ...TITLE_SIZES.map((size) => candidate(`title-${String(size)}`, titleStyle(size), card.title)),
    candidate('summary-0', summaryStyle, summaries[0] ?? ''),
    ...names.map((text, index) => candidate(`names-${String(index)}`, namesStyle, text)),
  ]);
  const height = (key: string) => heights.get(key) ?? Number.POSITIVE_INFINITY;

  const namesLimit = Math.ceil(NAMES_MAX_LINES * NAMES_SIZE * NAMES_LEADING);
  const namesIndex = Math.max(
    0,
    names.findIndex((_, index) => height(`names-${String(index)}`) <= namesLimit),
  );
  const speakers = names[namesIndex] ?? '';
  const namesHeight = speakers ? Math.min(height(`names-${String(namesIndex)}`), namesLimit) : 0;
  const room = CARD_HEIGHT - FIXED_HEIGHT - (speakers ? FOOTER_FRAME + namesHeight : 0);

  const summaryLine = SUMMARY_SIZE * SUMMARY_LEADING;
  const titleRoom = room - Math.ceil(SUMMARY_MIN_LINES * summaryLine);
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 40;
  const titleSize =
    TITLE_SIZES.find((size) => {
      const titleHeight = height(`title-${String(size)}`);
      return titleHeight <= titleRoom && lines(titleHeight, size, TITLE_LEADING) <= TITLE_MAX_LINES;
    }) ?? smallest;
  const titleLines = Math.min(
    lines(height(`title-${String(titleSize)}`), titleSize, TITLE_LEADING),
    Math.max(1, Math.floor(titleRoom / (titleSize * TITLE_LEADING))),
  );
  const summaryRoom = room - Math.ceil(titleLines * titleSize * TITLE_LEADING);
  const summaryLines = Math.max(1, Math.floor(summaryRoom / summaryLine));
  if (height('summary-0') > summaryRoom && summaries.length > 1) {
    const cuts = summaries.slice(1).map((text, index) => candidate(`summary-${String(index + 1)}`, summaryStyle, text));
    for (const [key, cutHeight] of await measure(cuts)) heights.set(key, cutHeight);
  }
  const summaryIndex = summaries.findIndex((_, index) => height(`summary-${String(index)}`) <= summaryRoom);
  const summary = summaries[summaryIndex] ?? summaries.at(-1) ?? '';
  return {
    titleSize,
    titleLines,
    summary,
    summaryLines,
    speakers,
    speakerLines: speakers ? lines(namesHeight, NAMES_SIZE, NAMES_LEADING) : 0,
  };
}

/** The card's elements; `lineClamp` is a last guard, for text the measure let through. */
function cardElement(card: SocialCard, layout: CardLayout): CardElement {
  const header = element(
    { fontSize: SITE_NAME_SIZE, fontWeight: 700, lineHeight: LABEL_LEADING, color: COLOURS.text },
    SITE_NAME,
    'site-name',
  );
  const title = element(
    { ...titleStyle(layout.titleSize), color: COLOURS.text, lineClamp: layout.titleLines },
    card.title,
    'title',
  );
  const summary = element(
    { ...summaryStyle, color: COLOURS.muted, marginTop: TITLE_GAP, lineClamp: layout.summaryLines },
    layout.summary,
    'summary',
  );
  const main = element(
    { display: 'flex', flexDirection: 'column', flexGrow: 1, marginTop: HEADER_GAP, overflow: 'hidden' },
    [title, summary],
  );
  const footer = element(
    {
      display: 'flex',
      flexDirection: 'column',
      marginTop: FOOTER_GAP,
      paddingTop: FOOTER_PADDING,
      borderTop: `${String(FOOTER_RULE)}px solid ${COLOURS.border}`,
    },
    [
      element(
        {
          fontSize: LABEL_SIZE,
          fontWeight: 700,
          lineHeight: LABEL_LEADING,
          color: COLOURS.muted,
          marginBottom: LABEL_GAP,
        },
        'Who said what',
      ),
      element({ ...namesStyle, color: COLOURS.accent, lineClamp: layout.speakerLines }, layout.speakers, 'names'),
    ],
    'footer',
  );
  return element(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      padding: `${String(PADDING_TOP)}px ${String(PADDING_INLINE)}px ${String(PADDING_BOTTOM)}px`,
      borderTop: `${String(STRIPE)}px solid ${COLOURS.accent}`,
      backgroundColor: COLOURS.background,
      fontFamily: FONT_FAMILY,
    },
    layout.speakers ? [header, main, footer] : [header, main],
  );
}

/**
 * The card as SVG, with where its parts went (`site-name`, `title`, `summary`, and when
 * someone speaks, `footer` and the `names` in it).
 */
export async function drawSocialCard(card: SocialCard) {
  const layout = await fitCard(card);
  return { layout, ...(await layOut(cardElement(card, layout), CARD_WIDTH, CARD_HEIGHT)) };
}

/** PNG settings: zlib level 6 compresses in half the time of level 9, for a file about 15% larger. */
export const PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false } as const;

/**
 * The card as a PNG. The same card gives the same bytes: sharp writes no metadata, and the
 * compression is fixed, so a rebuild leaves an unchanged card unchanged.
 */
export async function drawCardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
  const { svg } = await drawSocialCard(card);
  return new Uint8Array(await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer());
}
