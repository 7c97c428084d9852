/**
 * The cache keys the route modules give their pages, with `astro:content` mocked from a copy
 * of the valid fixture and three more stories: after each edit of the content or of the
 * build's settings, exactly the pages that render what changed get a new key.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockedAstroContent } from '../support/mocked-astro-content.ts';
import { replaceIn, writeStoriesTogether } from '../support/story-copies.ts';

const WORK = mkdtempSync(join(tmpdir(), 'cache-keys-'));
let content = '';
let copies = 0;

/** The collections as the content is now: read again for each build (see `keys`). */
let collections: ReturnType<typeof mockedAstroContent> | undefined;

vi.mock('astro:content', () => {
  const now = () => (collections ??= mockedAstroContent(content));
  return {
    getCollection: (...args: Parameters<ReturnType<typeof mockedAstroContent>['getCollection']>) =>
      now().getCollection(...args),
    getEntry: (...args: Parameters<ReturnType<typeof mockedAstroContent>['getEntry']>) => now().getEntry(...args),
    render: () => now().render(),
  };
});

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

beforeEach(() => {
  copies += 1;
  content = join(WORK, `content-${String(copies)}`);
  writeStoriesTogether(content);
  vi.unstubAllEnvs();
  vi.stubEnv('DEV', false);
  vi.stubEnv('CONTENT_DIR', content);
});

/** Every keyed page of a build of the content as it is now: its path and its key. */
async function keys(): Promise<Map<string, string | undefined>> {
  // The route modules keep what they read for the rest of a build: a fresh build each time.
  collections = undefined;
  vi.resetModules();
  const { storyPaths } = await import('../../src/lib/routes/story-route.ts');
  const { personPaths } = await import('../../src/lib/routes/site-routes.ts');
  const { storyCardPaths, storyStatementsPaths } = await import('../../src/lib/routes/story-files.ts');
  const keyOf = (path: object) => ('cacheKey' in path ? String(path.cacheKey) : undefined);
  return new Map([
    ...(await storyPaths()).map((path) => [`/${path.params.slug}/`, keyOf(path)] as const),
    ...(await storyCardPaths()).map((path) => [`/${path.params.slug}/card.png`, keyOf(path)] as const),
    ...(await storyStatementsPaths()).map((path) => [`/${path.params.slug}/statements.json`, keyOf(path)] as const),
    ...(await personPaths()).map((path) => [`/people/${path.params.id}/`, keyOf(path)] as const),
  ]);
}

/** The pages whose key differs, or that are in one build only. */
function changed(before: Map<string, string | undefined>, after: Map<string, string | undefined>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => before.get(path) !== after.get(path))
    .sort();
}

const file = (path: string) => join(content, path);
const SAMPLE = 'explainers/sample-story/index.mdx';

describe('the cache keys of the pages', () => {
  it('are given to every story page, card, statements file and person page', async () => {
    const all = await keys();
    expect([...all.keys()].sort()).toEqual([
      '/bridge-follow-up/',
      '/bridge-follow-up/card.png',
      '/bridge-follow-up/statements.json',
      '/bridge-history/',
      '/bridge-history/card.png',
      '/bridge-history/statements.json',
      '/bridge-repairs/',
      '/bridge-repairs/card.png',
      '/bridge-repairs/statements.json',
      '/people/ana-lopez/',
      '/people/zoe-okafor/',
      '/sample-story/',
      '/sample-story/card.png',
      '/sample-story/statements.json',
    ]);
    for (const key of all.values()) expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(all.values()).size).toBe(all.size);
  });

  it('stay the same when nothing changed', async () => {
    expect(changed(await keys(), await keys())).toEqual([]);
  });

  it('change for the story page alone when a word of its prose changes', async () => {
    const before = await keys();
    replaceIn(file(SAMPLE), 'and added more.', 'and added little more.');
    expect(changed(before, await keys())).toEqual(['/sample-story/']);
  });

  it('change for what shows a quote when its words and its source change', async () => {
    const before = await keys();
    replaceIn(file(SAMPLE), 'We have checked every bolt.', 'The work is done.');
    replaceIn(
      file('sources/town-gazette-2024-05-02.yaml'),
      '“We have checked every bolt.”',
      '“We have checked every bolt. The work is done.”',
    );
    // The follow-up answers that statement, and names it by its speaker and date, not its words.
    expect(changed(before, await keys())).toEqual([
      '/people/ana-lopez/',
      '/sample-story/',
      '/sample-story/statements.json',
    ]);
  });

  it('change for the story that answers a statement when the date of that statement changes', async () => {
    const before = await keys();
    replaceIn(file(SAMPLE), 'date="2024-05" id="every-bolt"', 'date="2024-05-02" id="every-bolt"');
    expect(changed(before, await keys())).toEqual(
      expect.arrayContaining(['/sample-story/', '/bridge-follow-up/', '/people/ana-lopez/']),
    );
  });

  it('change for every page that names a person when their name changes', async () => {
    const before = await keys();
    replaceIn(file('people/zoe-okafor.yaml'), 'Zoë Okafor', 'Zoë Okafor-Bell');
    const after = changed(before, await keys());
    for (const slug of ['sample-story', 'bridge-follow-up', 'bridge-repairs', 'bridge-history']) {
      expect(after).toEqual(expect.arrayContaining([`/${slug}/`, `/${slug}/card.png`, `/${slug}/statements.json`]));
    }
    expect(after).toContain('/people/zoe-okafor/');
    expect(after).not.toContain('/people/ana-lopez/');
  });

  it('change for the story that links to another when that story’s title changes, and no other story', async () => {
    const before = await keys();
    replaceIn(file('explainers/bridge-follow-up/index.mdx'), 'The bridge, a week on', 'The bridge, eight days on');
    const after = changed(before, await keys());
    expect(after).toEqual(
      expect.arrayContaining(['/bridge-follow-up/', '/bridge-follow-up/card.png', '/bridge-repairs/']),
    );
    expect(after).not.toContain('/bridge-history/');
    expect(after).not.toContain('/sample-story/');
  });

  it('change for the pages that print an address when the base path or the site’s address changes, not for the cards', async () => {
    const before = await keys();
    vi.stubEnv('BASE_URL', '/news/explainers/');
    const based = await keys();
    vi.stubEnv('SITE', 'https://example.org');
    const published = await keys();
    for (const [from, to] of [
      [before, based],
      [based, published],
    ] as const) {
      expect(changed(from, to)).toEqual([...before.keys()].filter((path) => !path.endsWith('card.png')).sort());
    }
  });
});
