import { describe, expect, it } from 'vitest';
import { speakerColours } from '../../src/lib/models/speaker-colours.ts';

describe('speaker colours', () => {
  it('gives a person the same colour in every story', () => {
    const colours = speakerColours([
      ['putin', 'trump', 'ushakov'],
      ['trump', 'putin', 'zelensky'],
      ['ryabkov', 'ushakov', 'putin'],
    ]);
    expect(colours.get('putin')).toBe(1);
    expect(colours.get('trump')).toBe(2);
    expect(colours.get('ushakov')).toBe(3);
  });

  it('never gives two speakers of one story the same colour while colours last', () => {
    const stories = [
      ['a', 'b'],
      ['c', 'd'],
      ['a', 'c', 'e'],
      ['b', 'd', 'e', 'f'],
    ];
    const colours = speakerColours(stories);
    for (const story of stories) expect(new Set(story.map((id) => colours.get(id))).size).toBe(story.length);
  });

  it('keeps earlier colours when a later story is added', () => {
    const before = speakerColours([['a', 'b', 'c']]);
    const after = speakerColours([
      ['a', 'b', 'c'],
      ['d', 'c', 'e'],
    ]);
    for (const id of ['a', 'b', 'c']) expect(after.get(id)).toBe(before.get(id));
  });

  it('shares the least-shared colour when a story has more speakers than colours', () => {
    const colours = speakerColours([['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
    expect(colours.get('g')).toBeGreaterThanOrEqual(1);
    expect(colours.get('g')).toBeLessThanOrEqual(6);
  });
});
