/**
 * The edits the benchmark's incremental part makes, applied in order to three synthetic stories
 * (no build): each changes what it says, keeps a changed quote word for word in its source, and
 * reaches the stock site exactly when it changes a story's MDX.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstQuote, NEWSROOM_EDITS, type Newsroom } from '../../bench/lib/newsroom-edits.ts';
import { writeStockSite } from '../../bench/lib/peer-sites.ts';
import { writeSyntheticContent } from '../../bench/lib/synthetic-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-bench-edits-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const content = writeSyntheticContent(join(dir, 'content'), 3);
const [first, second, third] = content.stories;
const engineRoot = join(dir, 'engine');
mkdirSync(join(engineRoot, 'src', 'components', 'mdx'), { recursive: true });
writeFileSync(
  join(engineRoot, 'src', 'components', 'mdx', 'Said.astro'),
  '<span />\n\n<style>\n  .said {}\n</style>\n',
);
writeFileSync(join(engineRoot, 'astro.config.mjs'), 'export default {};\n');
const stockRoot = join(dir, 'stock');
writeStockSite(stockRoot, content.dir);
const newsroom: Newsroom = { content, engineRoot, stockRoot, settings: {} };
const index = () => readFileSync(join(content.dir, 'explainers', first ?? '', 'index.mdx'), 'utf8');
const quoteBefore = firstQuote(index());

const reached = new Map(NEWSROOM_EDITS.map((edit) => [edit.id, edit.apply(newsroom)]));

describe('the newsroom’s edits of synthetic content', () => {
  it('reach the stock site when, and only when, they change a story’s MDX', () => {
    expect(Object.fromEntries(reached)).toEqual({
      unchanged: false,
      'one-word': true,
      quote: true,
      person: false,
      publisher: false,
      'new-story': true,
      'deleted-story': true,
      'renamed-story': true,
      correction: true,
      component: false,
      config: false,
      'base-path': false,
    });
  });

  it('change a quote and its source’s excerpt alike', () => {
    const quote = firstQuote(index());
    expect(quote.words).not.toBe(quoteBefore.words);
    expect(readFileSync(join(content.dir, 'sources', `${quote.source}.yaml`), 'utf8')).toContain(`"${quote.words}"`);
  });

  it('add, delete and rename stories in the content and in the stock site', () => {
    const stories = (root: string) =>
      [second, `${third ?? ''}-renamed`, third].map((slug) => existsSync(join(root, 'explainers', slug ?? '')));
    expect(stories(content.dir)).toEqual([false, true, false]);
    expect(stories(join(stockRoot, 'src', 'content'))).toEqual([false, true, false]);
    expect(content.stories).toHaveLength(3);
    expect(content.stories.at(-1)).toMatch(/-0004$/);
  });

  it('write a correction of the changed quote, dated the day the story was published', () => {
    const published = /^published: "([\d-]+)"$/m.exec(index())?.[1] ?? '';
    expect(index()).toContain(`corrections:\n  - date: "${published}"`);
    expect(index()).toContain(`statements: [${quoteBefore.id}]`);
  });

  it('change the engine copy’s component and configuration, and set the base path', () => {
    expect(readFileSync(join(engineRoot, 'src', 'components', 'mdx', 'Said.astro'), 'utf8')).toMatch(
      /scroll-margin-block-start: 1em;\n {4}\}\n {2}\}\n<\/style>/,
    );
    expect(readFileSync(join(engineRoot, 'astro.config.mjs'), 'utf8')).toContain('// The site of the newsroom.');
    expect(newsroom.settings).toEqual({ BASE_PATH: '/news/explainers/' });
  });
});
