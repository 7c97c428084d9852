import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/exports/feed.ts';

describe('the feed', () => {
  it('holds each story and each of its updates, newest first, an update linked to its anchor', () => {
    const items = feedItems([
      {
        slug: 'later',
        title: 'The "later" story',
        summary: 'Second.',
        published: '2025-08-16',
        updates: [],
        corrections: [],
      },
      {
        slug: 'earlier',
        title: 'Earlier',
        summary: 'First.',
        published: '2025-06-30',
        updates: [
          { date: '2025-08-20', text: 'It happened again.' },
          { date: '2025-08-17', text: 'It happened.' },
        ],
        corrections: [],
      },
    ]);
    expect(items.map((item) => [item.pubDate.toISOString().slice(0, 10), item.link, item.title])).toEqual([
      ['2025-08-20', '/earlier/#update-2', 'Update to “Earlier”, 20 August 2025'],
      ['2025-08-17', '/earlier/#update-1', 'Update to “Earlier”, 17 August 2025'],
      ['2025-08-16', '/later/', 'The “later” story'],
      ['2025-06-30', '/earlier/', 'Earlier'],
    ]);
    expect(items[0]?.description).toBe('It happened again.');
  });

  it('holds each correction, linked to it on the story page, saying what was wrong and what is right', () => {
    const items = feedItems([
      {
        slug: 'story',
        title: 'Story',
        summary: 'Summary.',
        published: '2025-06-30',
        updates: [],
        corrections: [{ date: '2026-01-05', wrong: 'That it rained.', right: 'It snowed.', statements: [] }],
      },
    ]);
    expect(items[0]).toMatchObject({
      title: 'Correction to “Story”, 5 January 2026',
      description: 'We wrote: That it rained. In fact: It snowed.',
      link: '/story/#correction-1',
    });
  });
});
