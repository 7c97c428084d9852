import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHeadersFile } from '../../src/integrations/security-headers.ts';
import { BASE, DIST } from '../support/built-site.ts';


describe('the files for the host', () => {
  it(`_headers holds the security headers and caching for the base path ${BASE}`, () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file), 'dist/_headers').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(renderHeadersFile(BASE));
  });

  it('holds no file of the content folder: no source text, record or story file', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/'));
    // robots.txt is the site's own; a source's .txt is kept in content/ to check quotes against, never published.
    const fromContent = files.filter(
      (file) => /\.(?:ya?ml|mdx)$/.test(file) || (file.endsWith('.txt') && file !== 'robots.txt'),
    );
    expect(fromContent).toEqual([]);
  });
});
