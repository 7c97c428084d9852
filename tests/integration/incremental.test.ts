/**
 * An incremental build is never stale. A content set (the valid fixture and three more stories)
 * is built once; then, for each edit an editor or a developer makes, it is built again reusing
 * the last build's cache, and the same content is built cold (a fresh cache, a copy of the
 * engine of its own) beside it. The two sites must be the same, file for file and byte for
 * byte. The edits follow one another, as they would in a newsroom, so each incremental build
 * starts from the cache the one before left.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngineCopy, copyEngine } from '../support/build-site.ts';
import { PROJECT_ROOT } from '../support/invalid-cases.ts';
import { copyStory, replaceIn, writeStoriesTogether } from '../support/story-copies.ts';

/** Two builds of this small site take well under a minute on an idle machine. */
const STEP = 600_000;

// Inside the project: a copy of the engine resolves its packages from the project's node_modules.
mkdirSync(join(PROJECT_ROOT, 'test-output'), { recursive: true });
const work = mkdtempSync(join(PROJECT_ROOT, 'test-output', 'incremental-'));
const content = join(work, 'content');
const engine = join(work, 'engine');
const coldEngine = join(work, 'engine-cold');
const dist = join(work, 'dist');
const cache = join(work, 'cache');
/** BASE_PATH and SITE_URL, once a step has set them. */
const settings: Record<string, string> = {};
let builds = 0;
/** What the last incremental build printed. */
let lastOutput = '';

/** Every file of a folder with the hash of its bytes, by path. */
function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(dir, file)).isFile(),
  );
  const hash = (file: string) =>
    createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
  return new Map(files.sort().map((file) => [file, hash(file)]));
}

/** Whether the build copied the last search index back rather than making it again, from its log. */
const searchIndexKept = (output: string) =>
  /Search: the index of \d+ pages and \d+ statements is unchanged/.test(output);

/** The pages Astro copied from the last build rather than rendering them, from its log. */
function reusedPages(output: string): string[] {
  return [...output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1] ?? '').sort();
}

/**
 * Builds the content as it is now incrementally (into `dist/`, with the cache of the builds
 * before) and cold (beside it), checks that both sites are the same file for file, and returns
 * the pages the incremental build reused.
 */
async function rebuild(): Promise<string[]> {
  builds += 1;
  const cold = join(work, `cold-${String(builds)}`);
  // Astro's state in the root is part of what a cold build starts without.
  rmSync(join(coldEngine, '.astro'), { recursive: true, force: true });
  const [incremental, reference] = await Promise.all([
    buildEngineCopy(engine, content, dist, cache, settings),
    buildEngineCopy(coldEngine, content, join(cold, 'dist'), join(cold, 'cache'), settings),
  ]);
  expect(incremental.status, incremental.output).toBe(0);
  expect(reference.status, reference.output).toBe(0);
  const built = fingerprint(dist);
  const expected = fingerprint(join(cold, 'dist'));
  const paths = [...new Set([...built.keys(), ...expected.keys()])].sort();
  const stale = paths.filter((path) => built.get(path) !== expected.get(path));
  expect(stale, 'files of the incremental build that differ from a cold build of the same content').toEqual([]);
  expect(built.size).toBeGreaterThan(20);
  rmSync(cold, { recursive: true, force: true });
  lastOutput = incremental.output;
  return reusedPages(incremental.output);
}

/** An edit of the engine's code, made in both copies of it. */
function editEngine(file: string, from: string, to: string): void {
  for (const root of [engine, coldEngine]) replaceIn(join(root, file), from, to);
}

const at = (path: string) => join(content, path);
/** The first pages of the lists of stories, people and the timeline. */
const LIST_PAGES = ['/index.html', '/people/index.html', '/timeline/index.html'];
const SAMPLE = 'explainers/sample-story/index.mdx';
/** The pages each story and person has, as Astro's log names them. */
const storyFiles = (slug: string) => [
  `/${slug}/card-small.webp`,
  `/${slug}/card.png`,
  `/${slug}/index.html`,
  `/${slug}/statements.json`,
];

beforeAll(async () => {
  writeStoriesTogether(content);
  copyEngine(engine);
  copyEngine(coldEngine);
  const first = await buildEngineCopy(engine, content, dist, cache);
  expect(first.status, first.output).toBe(0);
  expect(reusedPages(first.output)).toEqual([]);
}, STEP);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('an incremental build, after each edit, is the same as a cold build', () => {
  it('with nothing changed, reusing every page that has a key', { timeout: STEP }, async () => {
    const reused = await rebuild();
    const slugs = ['sample-story', 'bridge-follow-up', 'bridge-repairs', 'bridge-history'];
    expect(reused).toEqual(
      [
        ...LIST_PAGES,
        ...slugs.flatMap(storyFiles),
        ...slugs.map((slug) => `/timeline/story/${slug}/index.html`),
        ...['ana-lopez', 'zoe-okafor'].flatMap((id) => [
          `/people/${id}/index.html`,
          `/timeline/person/${id}/index.html`,
        ]),
      ].sort(),
    );
    expect(searchIndexKept(lastOutput), lastOutput).toBe(true);
  });

  it('after one word of prose, rendering only that story’s page again', { timeout: STEP }, async () => {
    replaceIn(at(SAMPLE), 'and added more.', 'and added little more.');
    const reused = await rebuild();
    expect(reused).not.toContain('/sample-story/index.html');
    expect(searchIndexKept(lastOutput), 'a page changed, so the search index is made again').toBe(false);
    expect(reused).toEqual(
      expect.arrayContaining([
        '/sample-story/card-small.webp',
        '/sample-story/card.png',
        '/sample-story/statements.json',
        ...storyFiles('bridge-history'),
        '/people/ana-lopez/index.html',
        '/people/zoe-okafor/index.html',
        // The prose is on no list.
        ...LIST_PAGES,
      ]),
    );
  });

  it('after a quote and its source text', { timeout: STEP }, async () => {
    replaceIn(at(SAMPLE), 'We have checked every bolt.', 'The work is done.');
    replaceIn(
      at('sources/town-gazette-2024-05-02.yaml'),
      '“We have checked every bolt.”',
      '“We have checked every bolt. The work is done.”',
    );
    await rebuild();
  });

  it('after a person’s name', { timeout: STEP }, async () => {
    replaceIn(at('people/zoe-okafor.yaml'), 'name: Zoë Okafor', 'name: Zoë Okafor-Bell');
    await rebuild();
  });

  it('after the dates of a role', { timeout: STEP }, async () => {
    replaceIn(at('people/ana-lopez.yaml'), 'from: "2015-01-01"', 'from: "2014-06-01"');
    await rebuild();
  });

  it('after a publisher’s description', { timeout: STEP }, async () => {
    replaceIn(at('publishers/town-gazette.yaml'), 'Independent local newspaper', 'Independent weekly newspaper');
    await rebuild();
  });

  it('after a new story', { timeout: STEP }, async () => {
    copyStory(content, 'sample-story', 'bridge-tolls', (text) =>
      text
        .replace('title: "Will the bridge reopen?"', 'title: "A toll for the bridge?"')
        .replace('id="every-bolt"', 'id="tolls-bolt"'),
    );
    await rebuild();
  });

  it('after a story is deleted', { timeout: STEP }, async () => {
    rmSync(at('explainers/bridge-history'), { recursive: true });
    await rebuild();
  });

  it('after a story’s folder is renamed', { timeout: STEP }, async () => {
    renameSync(at('explainers/bridge-repairs'), at('explainers/bridge-repair-costs'));
    await rebuild();
  });

  it('after a new correction', { timeout: STEP }, async () => {
    replaceIn(
      at(SAMPLE),
      'tags: [transport]',
      'tags: [transport]\ncorrections:\n  - date: "2024-05-03"\n    wrong: "That the mayor spoke on the radio."\n    right: "The mayor spoke to the Town Gazette."\n    statements: [every-bolt]',
    );
    await rebuild();
  });

  it('after a change to a component’s style', { timeout: STEP }, async () => {
    editEngine('src/components/parts/ModeLabel.astro', 'letter-spacing: 0.04em;', 'letter-spacing: 0.05em;');
    await rebuild();
  });

  it('after a change to astro.config.mjs, starting cold', { timeout: STEP }, async () => {
    // An integration: Astro does not hash them, the engine makes any edit of the file start cold.
    editEngine('astro.config.mjs', '    hostFiles(),\n', '');
    expect(await rebuild()).toEqual([]);
  });

  it('after BASE_PATH changes', { timeout: STEP }, async () => {
    settings['BASE_PATH'] = '/news/explainers/';
    await rebuild();
  });

  it('after SITE_URL is set', { timeout: STEP }, async () => {
    settings['SITE_URL'] = 'https://example.org';
    await rebuild();
  });

  it('after one word of prose, under that base path and address', { timeout: STEP }, async () => {
    replaceIn(at(SAMPLE), 'and added little more.', 'and added a little more.');
    const reused = await rebuild();
    expect(reused).not.toContain('/sample-story/index.html');
    expect(reused).toEqual(expect.arrayContaining([...storyFiles('bridge-tolls'), '/people/zoe-okafor/index.html']));
  });
});
