import { describe, expect, it } from 'vitest';
import { buildSeries, partLabel, seriesPlace } from '../../src/lib/models/series.ts';

const STORIES = [
  { slug: 'june', title: 'June', series: { title: 'Putin and Trump, 2025', part: 1 } },
  { slug: 'october', title: 'October', series: { title: 'Putin and Trump, 2025', part: 3 } },
  { slug: 'alone', title: 'Alone' },
  { slug: 'august', title: 'August', series: { title: 'Putin and Trump, 2025', part: 2 } },
];

describe('series', () => {
  it('gathers the stories of a series in the order of their parts', () => {
    const [series, ...others] = buildSeries(STORIES);
    expect(others).toEqual([]);
    expect(series?.id).toBe('putin-and-trump-2025');
    expect(series?.parts.map((part) => part.slug)).toEqual(['june', 'august', 'october']);
  });

  it('says where a story stands, with the parts before and after', () => {
    const series = buildSeries(STORIES);
    const august = seriesPlace(series, 'august');
    expect(august && partLabel(august)).toBe('Part 2 of 3');
    expect(august?.previous?.slug).toBe('june');
    expect(august?.next?.slug).toBe('october');
    expect(seriesPlace(series, 'june')?.previous).toBeUndefined();
    expect(seriesPlace(series, 'october')?.next).toBeUndefined();
    expect(seriesPlace(series, 'alone')).toBeUndefined();
  });
});
