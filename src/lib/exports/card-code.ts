/**
 * The source of every module that decides how a social card looks, by path under `src/lib/`:
 * the card's layout and fitting, Satori's set-up, the cut of the summary, the site's name, and
 * the worker that draws it in a build. A card is cached by a digest of its text and of this
 * code, so a change to any of them draws every card afresh. Vite's `?raw` import gives a
 * module's text; a unit test checks that every module the card imports is here.
 */
import cardDrawing from './card-drawing.ts?raw';
import cardSatori from './card-satori.ts?raw';
import cardWorker from './card-worker.ts?raw';
import socialCard from './social-card.ts?raw';
import sidebar from '../models/sidebar.ts?raw';
import site from '../site.ts?raw';

export const CARD_CODE: Readonly<Record<string, string>> = {
  'exports/card-drawing.ts': cardDrawing,
  'exports/card-satori.ts': cardSatori,
  'exports/card-worker.ts': cardWorker,
  'exports/social-card.ts': socialCard,
  'models/sidebar.ts': sidebar,
  'site.ts': site,
};
