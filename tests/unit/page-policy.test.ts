import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPagePolicy } from '../../src/integrations/page-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY =
  "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC';";
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>',
  '<style>.a{color:red}</style>',
  '<script type="application/ld+json">{"@type":"Thing"}</script>',
  `<meta http-equiv="content-security-policy" content="${POLICY}">`,
  '</head><body><script type="module">run()</script><script type="module" src="/x.js"></script></body></html>',
].join('');

describe("a page's security policy", () => {
  const narrowed = narrowPagePolicy(PAGE);
  const policy = /content-security-policy" content="([^"]*)"/.exec(narrowed)?.[1] ?? '';

  it('allows only the inline scripts and styles the page holds, keeping its other sources', () => {
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('run()')}; style-src 'self' ${hash('.a{color:red}')}`,
    );
  });

  it('comes first in the head, after the charset, so that it governs all the page holds', () => {
    expect(narrowed.indexOf('http-equiv')).toBeLessThan(narrowed.indexOf('<style>'));
    expect(narrowed).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv=/);
    expect(narrowed.match(/http-equiv/g)).toHaveLength(1);
  });

  it('leaves a page without a policy as it is', () => {
    expect(narrowPagePolicy('<html><head></head></html>')).toBe('<html><head></head></html>');
  });
});
