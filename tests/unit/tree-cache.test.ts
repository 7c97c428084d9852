import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { packTreeCache } from '../../src/lib/content/tree-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-tree-cache-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SOURCE =
  '---\ntitle: A\n---\n\nThe mayor said <Said by="ana-lopez" mode="direct" source="gazette">it opens</Said>.\n';
const OTHER = SOURCE.replace('opens', 'closes');

describe('the cache of parsed trees', () => {
  it('gives back, in a later run, the very tree the parser made, from one file per content folder', () => {
    const first = packTreeCache(join(dir, 'a'), '/site/content', 'parser 1');
    expect(first.get(SOURCE)).toBeUndefined();
    const parsed = parseMdx('story.mdx', SOURCE, first);
    parseMdx('other.mdx', OTHER, first);
    first.save();
    expect(readdirSync(join(dir, 'a'))).toHaveLength(1);
    const later = packTreeCache(join(dir, 'a'), '/site/content', 'parser 1');
    expect(later.get(SOURCE)).toEqual(JSON.parse(JSON.stringify(parsed.tree)));
    expect(parseMdx('story.mdx', SOURCE, later).tree).toEqual(parseMdx('story.mdx', SOURCE).tree);
  });

  it('misses for another text, another parser or another content folder', () => {
    const cache = packTreeCache(join(dir, 'b'), '/site/content', 'parser 1');
    parseMdx('story.mdx', SOURCE, cache);
    cache.save();
    expect(packTreeCache(join(dir, 'b'), '/site/content', 'parser 1').get(OTHER)).toBeUndefined();
    expect(packTreeCache(join(dir, 'b'), '/site/content', 'parser 2').get(SOURCE)).toBeUndefined();
    expect(packTreeCache(join(dir, 'b'), '/elsewhere', 'parser 1').get(SOURCE)).toBeUndefined();
  });

  it('keeps only the trees of the files the last run read', () => {
    const first = packTreeCache(join(dir, 'c'), '/site/content', 'parser 1');
    parseMdx('story.mdx', SOURCE, first);
    parseMdx('other.mdx', OTHER, first);
    first.save();
    const second = packTreeCache(join(dir, 'c'), '/site/content', 'parser 1');
    parseMdx('story.mdx', SOURCE, second);
    second.save();
    const third = packTreeCache(join(dir, 'c'), '/site/content', 'parser 1');
    expect(third.get(SOURCE)).toBeDefined();
    expect(third.get(OTHER)).toBeUndefined();
  });

  it('is only a miss, never an error, where it cannot write', () => {
    // A folder that cannot be made: a file stands where it would go.
    writeFileSync(join(dir, 'file'), '');
    const cache = packTreeCache(join(dir, 'file', 'mdx'), '/site/content', 'parser 1');
    expect(() => {
      parseMdx('story.mdx', SOURCE, cache);
      cache.save();
    }).not.toThrow();
    expect(packTreeCache(join(dir, 'file', 'mdx'), '/site/content', 'parser 1').get(SOURCE)).toBeUndefined();
  });
});
