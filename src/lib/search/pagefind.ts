/**
 * Pagefind in the browser: where its script is, and the part of its API the search page uses
 * (https://pagefind.app/docs/api/). The `pagefind` package types only its Node API, which
 * builds the index; this is the shape of the script that build writes beside the pages.
 */
import { searchIndexPath } from '../paths.ts';

/** The address of Pagefind's script, under the base path. */
export function pagefindScriptPath(): string {
  return `${searchIndexPath()}pagefind.js`;
}

/** What Pagefind returns for one result once it is loaded. */
export interface PagefindResultData {
  /** The page or statement's address, under the base path, e.g. "/story/#statement". */
  url: string;
  /** A passage around the words found, each found word in `<mark>`. */
  excerpt: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
}

/** One result of a search, its data loaded on demand. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  filters: Record<string, string>;
}

/** The module `pagefind.js` exports. */
export interface Pagefind {
  init: () => Promise<void>;
  /** Every value of every filter, with how many records have it. */
  filters: () => Promise<Partial<Record<string, Record<string, number>>>>;
  /** A search; `null` words list every record the filters match. */
  search: (term: string | null, options: PagefindSearchOptions) => Promise<{ results: PagefindResult[] }>;
  /** A search that waits for typing to pause; `null` when a later call replaced it. */
  debouncedSearch: (
    term: string | null,
    options: PagefindSearchOptions,
    waitMs: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}
