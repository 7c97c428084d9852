import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { htmlPages, keepSearchIndex, restoreSearchIndex, searchIndexKey } from '../../src/lib/search/index-cache.ts';

let root: string;
let site: string;

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'search-cache-'));
  site = join(root, 'dist');
  vi.stubEnv('EXPLAINER_CACHE_DIR', join(root, 'cache'));
  vi.stubEnv('EXPLAINER_CACHE', '1');
  write(join(site, 'index.html'), '<h1>Stories</h1>');
  write(join(site, 'a-story', 'index.html'), '<h1>A story</h1>');
  write(join(site, 'a-story', 'card.png'), 'not a page');
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

const given = { settings: { forceLanguage: 'en' }, records: [{ url: '/a-story/#s1', content: 'It will reopen.' }] };

describe('the key of the search index', () => {
  it('lists every HTML page by its path, in order, and nothing else', () => {
    expect(htmlPages(site).map(([path]) => path)).toEqual(['a-story/index.html', 'index.html']);
  });

  it('is the same for the same pages and records', () => {
    expect(searchIndexKey(site, given)).toBe(searchIndexKey(site, given));
  });

  it('changes with a byte of a page, a page moved, a page added, a record or a setting', () => {
    const before = searchIndexKey(site, given);
    const keys = new Set([before]);
    write(join(site, 'a-story', 'index.html'), '<h1>A story.</h1>');
    keys.add(searchIndexKey(site, given));
    rmSync(join(site, 'a-story'), { recursive: true });
    write(join(site, 'b-story', 'index.html'), '<h1>A story.</h1>');
    keys.add(searchIndexKey(site, given));
    write(join(site, 'c-story', 'index.html'), '<h1>Another</h1>');
    keys.add(searchIndexKey(site, given));
    keys.add(searchIndexKey(site, { ...given, records: [{ url: '/a-story/#s1', content: 'It will not.' }] }));
    keys.add(searchIndexKey(site, { ...given, settings: { forceLanguage: 'de' } }));
    expect(keys.size).toBe(6);
  });

  it('does not change when a file that is not a page changes', () => {
    const before = searchIndexKey(site, given);
    write(join(site, 'a-story', 'card.png'), 'another card');
    expect(searchIndexKey(site, given)).toBe(before);
  });
});

describe('the kept index', () => {
  const output = () => join(site, 'pagefind');

  it('is copied back whole for its key, and for no other', () => {
    write(join(output(), 'pagefind-entry.json'), '{"version":"1"}');
    write(join(output(), 'fragment', 'en_1.pf_fragment'), 'fragment');
    keepSearchIndex('key-1', output());
    rmSync(output(), { recursive: true });

    expect(restoreSearchIndex('key-2', output())).toBe(false);
    expect(restoreSearchIndex('key-1', output())).toBe(true);
    expect(readFileSync(join(output(), 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('fragment');
  });

  it('is only the last one: a new index takes the place of the one before', () => {
    write(join(output(), 'pagefind-entry.json'), 'first');
    keepSearchIndex('key-1', output());
    write(join(output(), 'pagefind-entry.json'), 'second');
    keepSearchIndex('key-2', output());
    expect(restoreSearchIndex('key-1', output())).toBe(false);
    expect(restoreSearchIndex('key-2', output())).toBe(true);
    expect(readFileSync(join(output(), 'pagefind-entry.json'), 'utf8')).toBe('second');
  });

  it('is neither kept nor looked for with the cache off', () => {
    vi.stubEnv('EXPLAINER_CACHE', '0');
    write(join(output(), 'pagefind-entry.json'), 'first');
    keepSearchIndex('key-1', output());
    expect(restoreSearchIndex('key-1', output())).toBe(false);
    expect(readFileSync(join(output(), 'pagefind-entry.json'), 'utf8')).toBe('first');
  });
});
