import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtScripts, ENHANCEMENT_ELEMENT } from './scripts.ts';

/**
 * What the reading enhancement may weigh, brotli-compressed. The site ships no other script
 * (site.test.ts); Astro inlines this one in each story page, where it weighed 1,053 bytes.
 */
const BUDGET_BYTES = 2048;

describe('the reading enhancement', () => {
  const codes = [...new Set(builtScripts().map((script) => script.code))];

  it(`is one script of at most ${String(BUDGET_BYTES)} bytes, brotli-compressed`, () => {
    expect(codes).toHaveLength(1);
    const code = codes[0] ?? '';
    expect(code).toContain(ENHANCEMENT_ELEMENT);
    expect(brotliCompressSync(Buffer.from(code, 'utf8')).length).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
