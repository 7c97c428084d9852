/**
 * The pages across stories at a size where their lists fill several pages: 45 synthetic
 * stories (the benchmark's), 10 statements each. Every story, person and timeline entry is on
 * exactly one page, no page holds more than its list's page size, and a timeline page offers
 * only the stories and people of its own entries once the site has too many to list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSyntheticContent } from '../../bench/lib/synthetic-content.ts';
import { NAMED_IN_SHOWN, PAGE_SIZES } from '../../src/lib/models/pages.ts';

const STORIES = 45;
const CONTENT = join(mkdtempSync(join(tmpdir(), 'routes-at-scale-')), 'content');
writeSyntheticContent(CONTENT, STORIES);

vi.mock('astro:content', async () => {
  const { mockedAstroContent } = await import('../support/mocked-astro-content.ts');
  return mockedAstroContent(CONTENT);
});

afterAll(() => {
  rmSync(join(CONTENT, '..'), { recursive: true, force: true });
});

beforeEach(() => {
  vi.resetModules();
  vi.unstubAllEnvs();
  vi.stubEnv('DEV', false);
  vi.stubEnv('CONTENT_DIR', CONTENT);
});

const routes = () => import('../../src/lib/routes/site-routes.ts');

/** Each page's number and count, and whether it links to a page before and after. */
function chain(pagers: { number: number; count: number; previous?: string | undefined; next?: string | undefined }[]) {
  return pagers.map((pager) => [pager.number, pager.count, Boolean(pager.previous), Boolean(pager.next)]);
}

describe('the pages across stories of a site too large for one page each', () => {
  it('lists the stories newest first, 20 to a page, each once', async () => {
    const paths = await (await routes()).homePaths();
    expect(paths.map((path) => path.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    const pages = paths.map((path) => path.props.route).filter((route) => route !== undefined);
    expect(chain(pages.map((page) => page.pager))).toEqual([
      [1, 3, false, true],
      [2, 3, true, true],
      [3, 3, true, false],
    ]);
    const published = pages.flatMap((page) => page.stories.map((story) => story.published));
    expect(published).toHaveLength(STORIES);
    expect([...published].sort().reverse()).toEqual(published);
    expect(pages.every((page) => page.stories.length <= PAGE_SIZES.stories)).toBe(true);
    expect(pages[1]?.pager.previous).toBe('/');
    expect(pages[1]?.pager.next).toBe('/page/3/');
    expect(new Set(paths.map((path) => path.cacheKey)).size).toBe(paths.length);
  });

  it('lists each person with a page once, at most 60 to a page', async () => {
    const { peoplePaths, personPaths } = await routes();
    const pages = (await peoplePaths()).map((path) => path.props.route);
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap((page) => [...page.quoted, ...page.namedOnly].map((person) => person.id));
    const people = [...new Set((await personPaths()).map((path) => path.params.id))];
    expect([...listed].sort()).toEqual(people.sort());
    expect(pages.every((page) => page.quoted.length + page.namedOnly.length <= PAGE_SIZES.people)).toBe(true);
    expect(pages[1]?.pager.previous).toBe('/people/');
  });

  it('lists on a person’s page only the newest stories that merely name them, and counts the rest', async () => {
    const { personPaths } = await routes();
    const { buildPeople } = await import('../../src/lib/models/people.ts');
    const { loadSiteInput } = await import('../../src/lib/routes/site-pages.ts');
    const namedOnly = new Map(
      buildPeople(await loadSiteInput()).map((person) => [
        person.id,
        person.stories.filter((story) => story.statements === 0).map((story) => story.slug),
      ]),
    );
    const routes_ = (await personPaths()).map((path) => path.props.route);
    for (const route of routes_) {
      const all = namedOnly.get(route.person.id) ?? [];
      expect(route.namedOnly.stories.map((story) => story.slug)).toEqual(all.slice(0, NAMED_IN_SHOWN));
      const more = all.length - NAMED_IN_SHOWN;
      expect(route.namedOnly.more?.label).toBe(
        more > 0 ? `${String(more)} more ${more === 1 ? 'story' : 'stories'}` : undefined,
      );
      if (more > 0) expect(route.namedOnly.more?.search).toBe(`/search/?q=${route.person.name.replace(' ', '+')}`);
    }
    // The site is large enough that someone is named in more stories than a page lists.
    expect(routes_.some((route) => route.namedOnly.more)).toBe(true);
  });

  it('splits the timeline into pages of at most 100 entries, in date order, each entry once', async () => {
    const paths = await (await routes()).timelinePaths();
    const pages = paths.map((path) => path.props.route);
    const entries = pages.map((page) =>
      page.months.flatMap((month) =>
        month.dates.flatMap((date) => date.stories.flatMap((group) => group.entries.map(() => date.date))),
      ),
    );
    expect(entries.flat()).toHaveLength(STORIES * 10);
    expect(entries.every((page) => page.length <= PAGE_SIZES.timeline)).toBe(true);
    expect(entries.flat()).toEqual([...entries.flat()].sort());
    expect(paths.map((path) => path.params.page).slice(0, 2)).toEqual([undefined, 'page/2']);
  });

  it('offers on each timeline page the stories and people of its own entries only', async () => {
    const [first] = (await (await routes()).timelinePaths()).map((path) => path.props.route);
    if (!first) throw new Error('expected a timeline page');
    const shown = first.months.flatMap((month) =>
      month.dates.flatMap((date) => date.stories.map((group) => group.story.slug)),
    );
    expect(first.filters.stories.map((story) => story.id)).toEqual([...new Set(shown)]);
    expect(first.filters.stories.length).toBeLessThan(STORIES);
  });
});
