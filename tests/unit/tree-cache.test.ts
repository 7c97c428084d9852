import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx.ts';
import { diskTreeCache } from '../../src/lib/tree-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-tree-cache-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SOURCE =
  '---\ntitle: A\n---\n\nThe mayor said <Said by="ana-lopez" mode="direct" source="gazette">it opens</Said>.\n';

describe('the cache of parsed trees', () => {
  it('gives back the very tree the parser made, from a file named by the text and the parser version', () => {
    const cache = diskTreeCache(join(dir, 'a'), 'parser 1');
    expect(cache.get(SOURCE)).toBeUndefined();
    const parsed = parseMdx('story.mdx', SOURCE, cache);
    expect(readdirSync(join(dir, 'a'))).toHaveLength(1);
    expect(cache.get(SOURCE)).toEqual(JSON.parse(JSON.stringify(parsed.tree)));
    expect(parseMdx('story.mdx', SOURCE, cache).tree).toEqual(parseMdx('story.mdx', SOURCE, undefined).tree);
  });

  it('misses when the text or the parser changes', () => {
    const cache = diskTreeCache(join(dir, 'b'), 'parser 1');
    parseMdx('story.mdx', SOURCE, cache);
    expect(cache.get(SOURCE.replace('opens', 'closes'))).toBeUndefined();
    expect(diskTreeCache(join(dir, 'b'), 'parser 2').get(SOURCE)).toBeUndefined();
  });

  it('is only a miss, never an error, where it cannot write', () => {
    // A folder that cannot be made: a file stands where it would go.
    writeFileSync(join(dir, 'file'), '');
    const cache = diskTreeCache(join(dir, 'file', 'mdx'), 'parser 1');
    expect(() => parseMdx('story.mdx', SOURCE, cache)).not.toThrow();
    expect(cache.get(SOURCE)).toBeUndefined();
  });
});
