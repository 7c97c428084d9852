import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, DIST } from '../support/built-site.ts';

/**
 * The W3C's Nu HTML Checker (the `vnu-jar` package, run offline with Java) over every page of
 * the build, beside html-validate in site.test.ts: two validators, two readings of the spec.
 */
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = spawnSync('java', ['-version']).status === 0;

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe.skipIf(!java)('the Nu HTML Checker', () => {
  it('finds no error in any page', () => {
    const files = builtHtmlFiles().map((file) => join(DIST, file));
    const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(result.stderr || result.stdout) as { messages: NuMessage[] };
    expect(files.length).toBeGreaterThan(0);
    expect(messages.map((m) => `${m.url.replace(/^.*\/dist[^/]*\//, '')}:${String(m.lastLine)} ${m.message}`)).toEqual(
      [],
    );
  });
});
