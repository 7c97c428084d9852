/**
 * The rules of the search page, apart from the page so they can be tested without a browser:
 * how a search is written in the page's address (so it can be linked), what is asked of
 * Pagefind, and how its answer is told. The custom element of SearchForm.astro
 * (components/search/search-form-element.ts) wires them up.
 */
import { SEARCH_FILTERS, type SearchFilter } from './filters.ts';

/** The query parameter that holds the words searched for: `/search/?q=Anchorage`. */
export const QUERY_PARAM = 'q';

/** A search as the reader set it: the words, and the value chosen in each filter. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string>>;
}

/** The search an address describes: `?q=…&speaker=…&mode=…`; unknown parameters are ignored. */
export function searchFromUrl(href: string): SearchState {
  const params = new URL(href).searchParams;
  const filters: SearchState['filters'] = {};
  for (const filter of SEARCH_FILTERS) {
    const value = params.get(filter)?.trim();
    if (value) filters[filter] = value;
  }
  return { query: params.get(QUERY_PARAM)?.trim() ?? '', filters };
}

/** The page's address with `state` in it, in a fixed order, leaving out what is empty. */
export function urlWithSearch(href: string, state: SearchState): string {
  const url = new URL(href);
  for (const name of [QUERY_PARAM, ...SEARCH_FILTERS]) url.searchParams.delete(name);
  const query = state.query.trim();
  if (query) url.searchParams.set(QUERY_PARAM, query);
  for (const filter of SEARCH_FILTERS) {
    const value = state.filters[filter];
    if (value) url.searchParams.set(filter, value);
  }
  return url.href;
}

/** True when there is nothing to search for: no words and no filter. */
export function isEmptySearch(state: SearchState): boolean {
  return state.query.trim() === '' && SEARCH_FILTERS.every((filter) => !state.filters[filter]);
}

/**
 * The quotation marks a reader may type around a phrase besides the straight ones: curly
 * (“…”, as phones type them), low-high („…“) and guillemets («…»). Pagefind finds an exact
 * phrase only between straight double quotes.
 */
const PHRASE_QUOTES = /[“”„‟«»]/gu;

/**
 * What Pagefind is asked: the words, any quotation marks made straight so a quoted phrase is
 * found as one, or `null` when there are none, so that the filters alone list every record they
 * match; and each chosen filter's value.
 */
export function pagefindQuery(state: SearchState): { term: string | null; filters: Record<string, string> } {
  const filters: Record<string, string> = {};
  for (const filter of SEARCH_FILTERS) {
    const value = state.filters[filter];
    if (value) filters[filter] = value;
  }
  const term = state.query.trim().replace(PHRASE_QUOTES, '"');
  return { term: term === '' ? null : term, filters };
}

/** What the reader hears and sees after a search: "12 results". */
export function resultCountLabel(count: number): string {
  if (count === 0) return 'No results';
  return count === 1 ? '1 result' : `${String(count)} results`;
}

/** A run of an excerpt's text, marked when it is a word searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt as runs of text. It wraps the words found in `<mark>` but leaves the rest
 * as the page's text, which may hold a "<" of its own: so the excerpt is never read as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let from = 0;
  for (const match of excerpt.matchAll(/<mark>(.*?)<\/mark>/gs)) {
    if (match.index > from) parts.push({ text: excerpt.slice(from, match.index), marked: false });
    parts.push({ text: match[1] ?? '', marked: true });
    from = match.index + match[0].length;
  }
  if (from < excerpt.length) parts.push({ text: excerpt.slice(from), marked: false });
  return parts;
}
