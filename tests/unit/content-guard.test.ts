import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard.ts';
import { contentDir } from '../../src/lib/content/content-dir.ts';

const saved = process.env['CONTENT_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['CONTENT_DIR'];
  else process.env['CONTENT_DIR'] = saved;
});

type Setup = (options: unknown) => void;

describe('the content folder of a build', () => {
  it('is read from where the command runs when CONTENT_DIR is relative, whatever root the build is given', () => {
    process.env['CONTENT_DIR'] = 'test-output/stories';
    expect(contentDir('/elsewhere/engine')).toBe(join(process.cwd(), 'test-output', 'stories'));
    delete process.env['CONTENT_DIR'];
    expect(contentDir('/elsewhere/engine')).toBe(join('/elsewhere/engine', 'content'));
  });

  it('stops the build, saying where it looked, when the folder does not exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-guard-'));
    try {
      process.env['CONTENT_DIR'] = join(root, 'no-such-folder');
      const setup = contentGuard().hooks['astro:config:setup'] as unknown as Setup;
      expect(() => {
        setup({ command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger: { warn: () => undefined } });
      }).toThrow(`There is no content folder at ${join(root, 'no-such-folder')}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
