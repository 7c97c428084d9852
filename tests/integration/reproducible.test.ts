import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const VALID = join(import.meta.dirname, '..', 'fixtures', 'valid');
const work = mkdtempSync(join(tmpdir(), 'explainer-reproducible-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Every file of a folder with the hash of its bytes, by path. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(dir, file)).isFile(),
  );
  return Object.fromEntries(
    files.sort().map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('two clean builds of the same content', () => {
  it('write byte-identical sites: pages, cards, feed, sitemap and search index', () => {
    const env = { BASE_PATH: '/news/explainers/', SITE_URL: 'https://example.org' };
    const sites = ['first', 'second'].map((name) => {
      const out = join(work, name);
      // Each build starts cold: its own new content cache.
      const { status, output } = buildSite(VALID, out, join(work, `${name}-cache`), env);
      expect(status, output).toBe(0);
      return fingerprint(out);
    });
    const [first = {}, second = {}] = sites;
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'sample-story/index.html']),
    );
    const differing = Object.keys({ ...first, ...second }).filter((file) => first[file] !== second[file]);
    expect(differing).toEqual([]);
  });
});
