/**
 * Lists that grow with the archive (stories, people, the timeline, a person's statements) are
 * split into pages of a fixed size, so that no page grows with the site: the first page at
 * the list's own address, the next ones at `page/<n>/` under it.
 */

/** Where a page of a list stands among its pages, and the paths of its neighbours. */
export interface Pager {
  /** 1 for the first page. */
  number: number;
  count: number;
  previous: string | undefined;
  next: string | undefined;
}

/** One page of a list: its items and its place among the pages. */
export interface ListPage<T> {
  items: T[];
  pager: Pager;
}

/**
 * Splits a list into pages of at most `size` items, in order; an empty list is one empty page.
 * `pathOf(n)` is the path of page n.
 */
export function splitPages<T>(items: readonly T[], size: number, pathOf: (n: number) => string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a page holds 1 item or more, not ${String(size)}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    pager: {
      number: index + 1,
      count,
      previous: index > 0 ? pathOf(index) : undefined,
      next: index + 1 < count ? pathOf(index + 2) : undefined,
    },
  }));
}

/** The route parameter of page n (a rest parameter): none for the first page, `page/<n>` after it. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${String(n)}`;
}

/** The page number a route parameter names: 1 when there is none. */
export function pageNumberOf(param: string | undefined): number {
  const match = /^page\/(\d+)$/.exec(param ?? '');
  return match ? Number(match[1]) : 1;
}

/** A page's title: the list's own on the first page, "<title>, page 2 of 5" after it. */
export function pageTitle(title: string, pager: Pager): string {
  return pager.number === 1 ? title : `${title}, page ${String(pager.number)} of ${String(pager.count)}`;
}

/**
 * How many items a page of each list holds: as many as keep the page, with its styles, within
 * the page budget (`tests/dist/page-budget.test.ts`) whatever the size of the site.
 */
export const PAGE_SIZES = { stories: 20, people: 60, timeline: 100, statements: 50 } as const;

/**
 * How many of the stories that name a person without quoting them their page lists, the
 * newest: the rest are counted, and found by searching for the name. A person named across
 * thousands of stories would otherwise carry thousands of links on every page.
 */
export const NAMED_IN_SHOWN = 12;
