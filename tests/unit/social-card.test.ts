import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawSocialCard, fitCard, speakerList, summaryCuts } from '../../src/lib/exports/card-drawing.ts';
import { CARD_CODE } from '../../src/lib/exports/card-code.ts';
import { cardDesign, renderSocialCard, type SocialCard } from '../../src/lib/exports/social-card.ts';

const CARD: SocialCard = {
  title: 'The Alaska summit: what Putin and Trump said, and how their words reached readers',
  summary:
    'The Russian and US presidents met in Anchorage on 15 August 2025 and announced no agreement to end the war in Ukraine. What each of them said that day and the next, and the different versions in which the same words were published.',
  speakers: ['Vladimir Putin', 'Donald Trump', 'Yuri Ushakov'],
};

const TWELVE_SPEAKERS = [
  'Юрий Ушаков',
  'Recep Tayyip Erdoğan',
  'Łukasz Żółć',
  'Sergei Ryabkov',
  'Dmitry Peskov',
  'Marco Rubio',
  'Steve Witkoff',
  'Kirill Dmitriev',
  'Volodymyr Zelensky',
  'Emmanuel Macron',
  'Keir Starmer',
  'Friedrich Merz',
];

const LONG_CARD: SocialCard = {
  title: `${'What the Kremlin, the White House and everyone around them said, '.repeat(4)}in the end`,
  summary: 'Who met whom, where and when, and what each of them said about it afterwards. '.repeat(12).trim(),
  speakers: TWELVE_SPEAKERS,
};

/** Width and height from a PNG's header chunk, which follows the 8-byte signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('speakerList', () => {
  it('names everyone when it may', () => {
    expect(speakerList([])).toBe('');
    expect(speakerList(['Yuri Ushakov'])).toBe('Yuri Ushakov');
    expect(speakerList(['Vladimir Putin', 'Donald Trump'])).toBe('Vladimir Putin and Donald Trump');
    expect(speakerList(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('counts those it leaves out', () => {
    expect(speakerList(['A', 'B', 'C', 'D', 'E', 'F'], 3)).toBe('A, B, C and 3 others');
    expect(speakerList(['A', 'B'], 1)).toBe('A and 1 other');
    expect(speakerList(['A', 'B'], 0)).toBe('A and 1 other');
  });
});

describe('summaryCuts', () => {
  it('tries the summary whole first, then cuts shorter and shorter', () => {
    const cuts = summaryCuts(CARD.summary);
    expect(cuts[0]).toBe(CARD.summary);
    // Cut after a whole sentence, it ends there, with no "…".
    expect(cuts[1]).toBe(
      'The Russian and US presidents met in Anchorage on 15 August 2025 and announced no agreement to end the war in Ukraine.',
    );
    expect(cuts.at(-1)).toMatch(/^The Russian and US\b.*…$/);
    for (const [index, cut] of cuts.entries()) {
      if (index > 0) expect(cut.length).toBeLessThan(cuts[index - 1]?.length ?? 0);
    }
  });
});

describe('fitCard', () => {
  it('sets a long title smaller than a short one, and cuts a long summary', async () => {
    const short = await fitCard({ ...CARD, title: 'Putin and Trump meet in Alaska' });
    const long = await fitCard(LONG_CARD);
    expect(long.titleSize).toBeLessThan(short.titleSize);
    expect(long.summary.length).toBeLessThan(LONG_CARD.summary.length);
    expect(LONG_CARD.summary.startsWith(long.summary.replace(/…$/, ''))).toBe(true);
    expect(short.titleLines).toBe(1);
  });

  it('shortens many speakers to the names that fit and a count of the others', async () => {
    const { speakers } = await fitCard(LONG_CARD);
    expect(speakers).toMatch(/^Юрий Ушаков, Recep Tayyip Erdoğan, .* and \d+ others$/);
    const shown = speakers.replace(/ and \d+ others$/, '').split(', ');
    const others = Number(/(\d+) others$/.exec(speakers)?.[1]);
    expect(shown.length + others).toBe(TWELVE_SPEAKERS.length);
  });
});

describe('drawSocialCard', () => {
  it.each([
    ['a story', CARD],
    ['a very long title and summary, and twelve speakers', LONG_CARD],
    ['a short title', { ...CARD, title: 'Putin and Trump meet' }],
  ])('lays out %s within the card, each part below the one before', async (_case, card) => {
    const { boxes } = await drawSocialCard(card);
    const parts = ['site-name', 'title', 'summary', 'footer'].map((key) => boxes.get(key));
    let bottom = 0;
    for (const part of parts) {
      expect(part).toBeDefined();
      if (!part) continue;
      expect(part.top).toBeGreaterThanOrEqual(bottom);
      expect(part.left).toBeGreaterThanOrEqual(0);
      expect(part.left + part.width).toBeLessThanOrEqual(1200);
      bottom = part.top + part.height;
    }
    expect(bottom).toBeLessThanOrEqual(630);
  });

  it('leaves out the footer when no one speaks', async () => {
    const { boxes } = await drawSocialCard({ ...CARD, speakers: [] });
    expect(boxes.has('title')).toBe(true);
    expect(boxes.has('footer')).toBe(false);
  });
});

describe('renderSocialCard', () => {
  it('draws a 1200×630 PNG of less than 200 KB', async () => {
    const png = await renderSocialCard(CARD);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(200 * 1024);
  });

  it('gives the same bytes for the same card, and other bytes for another title', async () => {
    const first = await renderSocialCard(CARD);
    const again = await renderSocialCard({ ...CARD, speakers: [...CARD.speakers] });
    const retitled = await renderSocialCard({ ...CARD, title: `${CARD.title}?` });
    expect(sameBytes(first, again)).toBe(true);
    expect(sameBytes(first, retitled)).toBe(false);
  });

  it('reads a card drawn before from the cache, as the same bytes, and draws a changed one anew', async () => {
    const writes: string[] = [];
    const stored = new Map<string, Buffer>();
    const cache = {
      read: (key: string) => stored.get(key),
      write: (key: string, data: string | Uint8Array) => {
        writes.push(key);
        stored.set(key, Buffer.from(data));
      },
    };
    const drawn = await renderSocialCard(CARD, cache);
    const cached = await renderSocialCard(CARD, cache);
    expect(writes).toHaveLength(1);
    expect(sameBytes(cached, drawn)).toBe(true);
    expect(sameBytes(cached, await renderSocialCard(CARD, undefined))).toBe(true);
    await renderSocialCard({ ...CARD, title: `${CARD.title}!` }, cache);
    expect(writes).toHaveLength(2);
  });

  it('draws a very long title and twelve speakers', async () => {
    const png = await renderSocialCard(LONG_CARD);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(200 * 1024);
  });

  // A letter no font has is drawn as the same empty box whatever it is: two names that
  // differ only in such letters would give the same image.
  it.each([
    ['Cyrillic', 'Юрий Ушаков', 'Юлий Ушаков'],
    ['accented Latin', 'Recep Erdoğan', 'Recep Erdoħan'],
  ])('draws %s letters', async (_script, name, other) => {
    const png = await renderSocialCard({ ...CARD, speakers: [name] });
    const otherPng = await renderSocialCard({ ...CARD, speakers: [other] });
    expect(sameBytes(png, otherPng)).toBe(false);
  });
});

describe('the cache of cards', () => {
  it('finds a card drawn before by its text and design, without drawing it again', async () => {
    const stored = Buffer.from('a card drawn before');
    const keys: string[] = [];
    const cache = {
      read: (key: string) => {
        keys.push(key);
        return stored;
      },
      write: () => undefined,
    };
    expect(Buffer.from(await renderSocialCard(CARD, cache)).equals(stored)).toBe(true);
    expect(keys[0]).toContain(CARD.title);
    expect(keys[0]).toContain(await cardDesign());
  });

  it('keeps the design’s digest of the code of every module that draws the card', () => {
    const lib = join(import.meta.dirname, '..', '..', 'src', 'lib');
    // The modules that keep the card, not draw it: its cache on disk, the digest it is found by,
    // and the pool that hands it to a worker.
    const keeping = new Set([
      'exports/card-code.ts',
      'content/disk-cache.ts',
      'text/digest.ts',
      'exports/card-pool.ts',
    ]);
    const drawing = new Set<string>();
    const visit = (module: string) => {
      if (drawing.has(module) || keeping.has(module)) return;
      drawing.add(module);
      const source = readFileSync(join(lib, module), 'utf8');
      for (const [, from = ''] of source.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gms)) {
        if (!from.includes('?')) visit(relative(lib, resolve(dirname(join(lib, module)), from)));
      }
    };
    // A build's workers run their script by its path, without importing it.
    visit('exports/social-card.ts');
    visit('exports/card-worker.ts');
    expect(Object.keys(CARD_CODE).sort()).toEqual([...drawing].sort());
    expect(CARD_CODE['exports/social-card.ts']).toBe(readFileSync(join(lib, 'exports/social-card.ts'), 'utf8'));
  });
});
