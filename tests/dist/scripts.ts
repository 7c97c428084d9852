import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAttributeValue, getElementsByTagName, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { BASE, builtHtmlFiles, DIST } from '../support/built-site.ts';

/** A script of a built page: where it comes from and what it runs. */
export interface PageScript {
  /** The built HTML file, relative to dist/. */
  file: string;
  /** The script's address, or undefined for an inline script. */
  src: string | undefined;
  type: string | undefined;
  code: string;
}

/** The name the reading enhancement registers: the one script of the story pages. */
export const ENHANCEMENT_ELEMENT = 'speaker-focus';
/** The name the search form registers: the one script of the search page. */
export const SEARCH_ELEMENT = 'search-form';

/** Script types that hold data, not code: the browser never runs them. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** Every script of every built page that the browser runs, in page order. */
export function builtScripts(): PageScript[] {
  return builtHtmlFiles().flatMap((file) =>
    getElementsByTagName('script', parseDocument(readFileSync(join(DIST, file), 'utf8')).children)
      .filter((script) => !DATA_TYPES.has(getAttributeValue(script, 'type') ?? ''))
      .map((script) => {
        const src = getAttributeValue(script, 'src');
        return {
          file,
          src,
          type: getAttributeValue(script, 'type'),
          code: src ? readFileSync(join(DIST, src.replace(BASE, '')), 'utf8') : textContent(script),
        };
      }),
  );
}
