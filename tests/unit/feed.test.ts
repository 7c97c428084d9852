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
});
