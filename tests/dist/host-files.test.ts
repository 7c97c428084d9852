import { existsSync, readFileSync } from 'node:fs';
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
});
