/** What each source's quotes were checked against: its full text, its quoted passages, or nothing. */
import { describe, expect, it } from 'vitest';
import { checkedAgainst, SourceBook } from '../../src/lib/models/sources.ts';
import type { Publisher } from '../../src/schemas/publisher.ts';
import type { Source } from '../../src/schemas/source.ts';

const publishers = new Map<string, Publisher>([
  ['tass', { name: 'TASS', description: 'Russian state news agency', country: 'RU' }],
  ['anadolu', { name: 'Anadolu Agency', description: 'Turkish state news agency', country: 'TR' }],
]);

const source = (fields: Partial<Source> & Pick<Source, 'publisher'>): Source => ({
  title: 'Item',
  date: '2025-08-15',
  language: 'en',
  ...fields,
});

const sources = new Map<string, Source>([
  ['aa', source({ publisher: 'anadolu', excerpt: 'Good afternoon.\nAnd more.' })],
  ['tass-report', source({ publisher: 'tass', excerpt: 'Good day.' })],
]);

describe('what a source’s quotes were checked against', () => {
  it('is its full text when one is stored, with the day it was stored when the source gives it', () => {
    expect(checkedAgainst(source({ publisher: 'tass' }), true)).toEqual({
      kind: 'full-text',
      stored: undefined,
      label: 'checked against the full report',
    });
    const captured = { ...source({ publisher: 'tass' }), captured: '2025-06-29T08:00:00Z' } as Source;
    expect(checkedAgainst(captured, true)).toEqual({
      kind: 'full-text',
      stored: '2025-06-29',
      label: 'checked against the full report, stored 29 June 2025',
    });
  });

  it('is its quoted passages when it has only an excerpt, and nothing when it has no text', () => {
    expect(checkedAgainst(source({ publisher: 'tass', excerpt: 'One passage.' }), false).label).toBe(
      'checked against the quoted passage only',
    );
    expect(checkedAgainst(source({ publisher: 'tass', excerpt: 'One.\n\nTwo.' }), false)).toEqual({
      kind: 'excerpt',
      stored: undefined,
      label: 'checked against the quoted passages only',
    });
    expect(checkedAgainst(source({ publisher: 'tass' }), false)).toEqual({
      kind: 'none',
      stored: undefined,
      label: 'not checked: no text of it is kept',
    });
  });

  it('is told by each source of a story', () => {
    const book = new SourceBook(sources, publishers, new Set(['aa']));
    expect(book.source('aa').checkedAgainst.kind).toBe('full-text');
    expect(book.source('tass-report').checkedAgainst.label).toBe('checked against the quoted passage only');
  });
});
