/**
 * Satori, as the social card uses it: the fonts of `@fontsource/noto-sans` read from disk
 * (nothing is fetched), elements written without React, and the layout of a card as SVG with
 * where each keyed element went, so the card can fit its text before it is drawn.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';

/** The faces of Noto Sans the card needs: accented Latin and Cyrillic names too, regular and bold. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const FONT_WEIGHTS = [400, 700] as const;
/**
 * Each subset is a family of its own: Satori keeps one font per family and weight, and
 * falls back to the next family of the list for a letter the first one lacks.
 */
export const FONT_FAMILY = FONT_SUBSETS.map((subset) => `"Noto Sans ${subset}"`).join(', ');

let fonts: Promise<Font[]> | undefined;

/** The fonts, read once per process. Satori reads WOFF but not WOFF2. */
function cardFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  fonts ??= Promise.all(
    FONT_SUBSETS.flatMap((subset) =>
      FONT_WEIGHTS.map(async (weight): Promise<Font> => {
        const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${String(weight)}-normal.woff`);
        return { name: `Noto Sans ${subset}`, data: await readFile(file), weight, style: 'normal' };
      }),
    ),
  );
  return fonts;
}

/** What else decides how Satori sets a card: its version, and each face of the fonts by the digest of its bytes. */
export async function satoriSetup() {
  const require = createRequire(import.meta.url);
  const { version } = require('satori/package.json') as { version: string };
  const faces = (await cardFonts()).map((font) => ({
    name: font.name,
    weight: font.weight,
    sha256: createHash('sha256').update(new Uint8Array(font.data)).digest('hex'),
  }));
  return { satori: version, faces };
}

/** An element as Satori takes it, without React. */
export interface CardElement {
  type: 'div';
  key?: string;
  props: { style: Record<string, string | number>; children?: string | CardElement[] };
}

export function element(
  style: CardElement['props']['style'],
  children?: string | CardElement[],
  key?: string,
): CardElement {
  return { type: 'div', ...(key === undefined ? {} : { key }), props: { style, ...(children ? { children } : {}) } };
}

/** Where Satori placed an element on the card. */
export interface CardBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Satori's SVG of `root` at `width`×`height`, with where each keyed element went. */
export async function layOut(root: CardElement, width: number, height: number) {
  const boxes = new Map<string, CardBox>();
  const svg = await satori(root, {
    width,
    height,
    fonts: await cardFonts(),
    onNodeDetected: ({ key, top, left, width: boxWidth, height: boxHeight }) => {
      if (typeof key === 'string') boxes.set(key, { top, left, width: boxWidth, height: boxHeight });
    },
  });
  return { svg, boxes };
}
