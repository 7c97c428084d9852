/**
 * The route modules, the only code that reads the collections, run against `astro:content`
 * mocked from the valid fixture: each page kind gets one object with everything it renders.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { VALID_DIR } from '../support/invalid-cases.ts';

/** The valid fixture and, beside its published story, a draft. */
const CONTENT = mkdtempSync(join(tmpdir(), 'routes-'));
cpSync(VALID_DIR, CONTENT, { recursive: true });
cpSync(join(CONTENT, 'explainers/sample-story'), join(CONTENT, 'explainers/draft-story'), { recursive: true });
const draftIndex = join(CONTENT, 'explainers/draft-story/index.mdx');
writeFileSync(
  draftIndex,
  readFileSync(draftIndex, 'utf8')
    .replace('title: "Will the bridge reopen?"', 'title: "A draft"\nstatus: draft')
    .replace(/ id="every-bolt"/, ' id="every-bolt-draft"'),
);

vi.mock('astro:content', async () => {
  const { mockedAstroContent } = await import('../support/mocked-astro-content.ts');
  return mockedAstroContent(CONTENT);
});

afterAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
});

beforeEach(() => {
  // The route modules keep what they read for the rest of a build: a fresh build per test.
  vi.resetModules();
  vi.unstubAllEnvs();
  vi.stubEnv('DEV', false);
  vi.stubEnv('CONTENT_DIR', CONTENT);
});

describe('the story route', () => {
  it('builds a page for each published story, and none for a draft', async () => {
    const { storyPaths } = await import('../../src/lib/routes/story-route.ts');
    const paths = await storyPaths();
    expect(paths.map((path) => path.params.slug)).toEqual(['sample-story']);
  });

  it('hands the page one object with everything it renders, made when the page renders', async () => {
    vi.stubEnv('SITE', 'https://example.org');
    const { storyPaths, storyRoute } = await import('../../src/lib/routes/story-route.ts');
    const { pageKey, siteAddress } = await import('../../src/lib/routes/cache-key.ts');
    const [path] = await storyPaths();
    // The build does not hold every story's route data until its page renders: only its key.
    expect(path).not.toHaveProperty('props');
    const route = await storyRoute(undefined, path?.params.slug ?? '', siteAddress());
    expect(path).toHaveProperty('cacheKey', pageKey('story', route));
    if (route.kind !== 'story') throw new Error('expected the story');
    expect(route.title).toBe('Will the bridge reopen?');
    expect(route.sections.map((section) => section.slug)).toEqual(['council']);
    expect(route.sidebar.speakers.map((speaker) => speaker.name)).toEqual(['Ana López', 'Zoë Okafor']);
    expect([...route.locals.statements.keys()]).toEqual(route.model.statements.map((statement) => statement.id));
    expect(route.locals.statements.get('every-bolt')?.text).toBe('We have checked every bolt.');
    expect(route.card.path).toBe('/sample-story/card.png');
    expect(route.structuredData).toMatchObject({
      '@type': 'NewsArticle',
      image: 'https://example.org/sample-story/card.png',
    });
    expect(route.sources.map((source) => source.id)).toContain('town-gazette-2024-05-02');
  });

  it('previews a draft in the dev server, checked afresh', async () => {
    vi.stubEnv('DEV', true);
    const { storyPaths, storyRoute } = await import('../../src/lib/routes/story-route.ts');
    const slugs = (await storyPaths()).map((path) => path.params.slug).sort();
    expect(slugs).toEqual(['draft-story', 'sample-story']);
    const route = await storyRoute(undefined, 'draft-story', undefined);
    expect(route.kind).toBe('story');
    if (route.kind === 'story') expect(route.draft).toBe(true);
  });
});

describe('the routes across stories', () => {
  it('gives the home page its stories and no problems in a build', async () => {
    const { homePaths } = await import('../../src/lib/routes/site-routes.ts');
    const paths = await homePaths();
    expect(paths.map((path) => path.params.page)).toEqual([undefined]);
    const route = paths[0]?.props.route;
    expect(route?.stories.map((story) => story.slug)).toEqual(['sample-story']);
    expect(route?.problems).toEqual([]);
    expect(route?.pager).toEqual({ number: 1, count: 1, previous: undefined, next: undefined });
  });

  it('gives each person the stories quote or name a page, and nobody else', async () => {
    vi.stubEnv('SITE', 'https://example.org');
    const { personPaths } = await import('../../src/lib/routes/site-routes.ts');
    const paths = await personPaths();
    // Sam is in people/ but no story quotes or names him.
    expect(paths.map((path) => path.params.id).sort()).toEqual(['ana-lopez', 'zoe-okafor']);
    const ana = paths.find((path) => path.params.id === 'ana-lopez');
    if (!ana) throw new Error('expected Ana to have a page');
    const { route } = ana.props;
    expect(route.statements.map((statement) => statement.id)).toContain('every-bolt');
    expect(route.quoted).toBe(true);
    expect(route.namedOnly).toEqual({ stories: [], more: undefined });
    expect(route.structuredData).toMatchObject({ '@type': 'Person', url: 'https://example.org/people/ana-lopez/' });
  });

  it('gives the timeline its days in order', async () => {
    const { timelinePaths } = await import('../../src/lib/routes/site-routes.ts');
    const { dateSortKey } = await import('../../src/lib/models/site-timeline.ts');
    const [page, ...more] = await timelinePaths();
    expect(more).toEqual([]);
    if (!page) throw new Error('expected a timeline page');
    const { months, filters } = page.props.route;
    const dates = months.flatMap((month) => month.dates.map((date) => date.date));
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual(dates);
    expect(filters.people.map((person) => person.id)).toEqual(['ana-lopez', 'zoe-okafor']);
  });

  it('narrows the timeline to one person or one story, each page keyed by what it shows', async () => {
    const { timelineScopePaths } = await import('../../src/lib/routes/site-routes.ts');
    const people = await timelineScopePaths('person');
    expect(people.map((path) => path.params.id)).toEqual(['ana-lopez', 'zoe-okafor']);
    const zoe = people.find((path) => path.params.id === 'zoe-okafor');
    const said =
      zoe?.props.route.months.flatMap((month) =>
        month.dates.flatMap((date) => date.stories.flatMap((group) => group.entries)),
      ) ?? [];
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((entry) => entry.kind === 'statement' && entry.who.id === 'zoe-okafor')).toBe(true);
    expect(zoe?.props.route.scopeName).toBe('Zoë Okafor');
    expect(new Set(people.map((path) => path.cacheKey)).size).toBe(people.length);
    const stories = await timelineScopePaths('story');
    expect(stories.map((path) => path.params.id)).toEqual(['sample-story']);
  });
});
