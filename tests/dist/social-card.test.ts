import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, DIST } from '../support/built-site.ts';

/** The folders of the built story pages: the pages with a "Who said what" sidebar. */
const storyFolders = builtHtmlFiles()
  .filter((file) => readFileSync(join(DIST, file), 'utf8').includes('id="who-said-what"'))
  .map((file) => dirname(file));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('the social cards', () => {
  it('are built for the story pages', () => {
    expect(storyFolders.length).toBeGreaterThan(0);
  });

  it.each(storyFolders)('%s/card.png is a 1200×630 PNG', (folder) => {
    const file = join(DIST, folder, 'card.png');
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The header chunk comes first: its type, then the width and the height.
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
  });

  it.each(storyFolders)('%s/card-small.webp is the card at 600×315, in a few kilobytes', async (folder) => {
    const file = join(DIST, folder, 'card-small.webp');
    expect(existsSync(file)).toBe(true);
    const { format, width, height, size } = await sharp(readFileSync(file)).metadata();
    expect({ format, width, height }).toEqual({ format: 'webp', width: 600, height: 315 });
    expect(size ?? readFileSync(file).length).toBeLessThan(40 * 1024);
  });
});
