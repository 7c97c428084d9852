/**
 * The lists that grow with the archive are split into pages of a fixed size: whatever the
 * size of the site, each item is on exactly one page, no page holds more than its size, and
 * the pages lead to one another in order.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_SIZES, pageNumberOf, pageParam, pageTitle, splitPages } from '../../src/lib/models/pages.ts';

const pathOf = (n: number) => (n === 1 ? '/people/' : `/people/page/${String(n)}/`);

describe('splitting a list into pages', () => {
  it('puts each of 10,000 items on exactly one page, in order, at most a page size each', () => {
    const items = Array.from({ length: 10_000 }, (_, index) => index);
    const pages = splitPages(items, PAGE_SIZES.timeline, pathOf);
    expect(pages).toHaveLength(100);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(Math.max(...pages.map((page) => page.items.length))).toBe(PAGE_SIZES.timeline);
  });

  it('links each page to the one before and the one after, and only those', () => {
    const pages = splitPages(['a', 'b', 'c', 'd', 'e'], 2, pathOf);
    expect(pages.map((page) => [page.items, page.pager])).toEqual([
      [['a', 'b'], { number: 1, count: 3, previous: undefined, next: '/people/page/2/' }],
      [['c', 'd'], { number: 2, count: 3, previous: '/people/', next: '/people/page/3/' }],
      [['e'], { number: 3, count: 3, previous: '/people/page/2/', next: undefined }],
    ]);
  });

  it('makes one empty page of an empty list, and refuses a page of no items', () => {
    expect(splitPages([], 20, pathOf)).toEqual([
      { items: [], pager: { number: 1, count: 1, previous: undefined, next: undefined } },
    ]);
    expect(() => splitPages([1], 0, pathOf)).toThrow(/1 item or more/);
  });

  it('names page n in the route and reads it back, the first page by no parameter at all', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('page/7');
    expect([undefined, 'page/7', 'page/x', 'other'].map(pageNumberOf)).toEqual([1, 7, 1, 1]);
  });

  it('titles a later page with its place', () => {
    const [first, second] = splitPages([1, 2, 3], 2, pathOf);
    if (!first || !second) throw new Error('expected two pages');
    expect(pageTitle('People', first.pager)).toBe('People');
    expect(pageTitle('People', second.pager)).toBe('People, page 2 of 2');
  });
});
