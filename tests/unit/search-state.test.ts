import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  isEmptySearch,
  pagefindQuery,
  resultCountLabel,
  searchFromUrl,
  urlWithSearch,
} from '../../src/lib/search/state.ts';

const PAGE = 'https://example.org/news/explainers/search/';

describe('a search in the page’s address', () => {
  it('is read from q and the filters’ own parameters', () => {
    expect(searchFromUrl(`${PAGE}?q=Anchorage&speaker=Yuri+Ushakov&mode=Direct%20quote`)).toEqual({
      query: 'Anchorage',
      filters: { speaker: 'Yuri Ushakov', mode: 'Direct quote' },
    });
  });
  it('leaves out what is empty and what is not a filter', () => {
    expect(searchFromUrl(`${PAGE}?q=&speaker=&colour=red&story=%20`)).toEqual({ query: '', filters: {} });
    expect(searchFromUrl(PAGE)).toEqual({ query: '', filters: {} });
  });
  it('is written in a fixed order, empty values left out, the rest of the address kept', () => {
    const url = urlWithSearch(`${PAGE}?q=old&mode=Paraphrase&lang=en#results`, {
      query: ' summit ',
      filters: { kind: 'Statement', speaker: 'Ana López', mode: '' },
    });
    expect(url).toBe(`${PAGE}?lang=en&q=summit&speaker=Ana+L%C3%B3pez&kind=Statement#results`);
  });
  it('comes back the same after a reload, whatever characters it holds', () => {
    const state = {
      query: '“momentum of Anchorage” & more',
      filters: {
        story: 'Is the “momentum of Anchorage” exhausted? Moscow’s two messages, October 2025',
        publisher: 'TASS',
      },
    };
    expect(searchFromUrl(urlWithSearch(PAGE, state))).toEqual(state);
  });
  it('is removed entirely when the search is cleared', () => {
    expect(urlWithSearch(`${PAGE}?q=summit&speaker=Ana`, { query: '', filters: {} })).toBe(PAGE);
  });
});

describe('what Pagefind is asked', () => {
  it('is nothing when there are neither words nor filters', () => {
    expect(isEmptySearch({ query: '  ', filters: { speaker: '' } })).toBe(true);
    expect(isEmptySearch({ query: '', filters: { mode: 'Direct quote' } })).toBe(false);
    expect(isEmptySearch({ query: 'summit', filters: {} })).toBe(false);
  });
  it('is no words at all (null) when only filters are set, so that every record they match is listed', () => {
    expect(pagefindQuery({ query: ' ', filters: { speaker: 'Yuri Ushakov', mode: '' } })).toEqual({
      term: null,
      filters: { speaker: 'Yuri Ushakov' },
    });
    expect(pagefindQuery({ query: ' summit ', filters: {} })).toEqual({ term: 'summit', filters: {} });
  });
  it('asks for a phrase in straight quotes, whichever quotation marks the reader typed', () => {
    for (const query of ['"any moment"', '“any moment”', '„any moment“', '«any moment»'])
      expect(pagefindQuery({ query, filters: {} }).term, query).toBe('"any moment"');
    // An apostrophe is a letter of its word, not a quotation mark.
    expect(pagefindQuery({ query: '“don’t like them”', filters: {} }).term).toBe('"don’t like them"');
  });
});

describe('the answer', () => {
  it('is counted in words', () => {
    expect(resultCountLabel(0)).toBe('No results');
    expect(resultCountLabel(1)).toBe('1 result');
    expect(resultCountLabel(12)).toBe('12 results');
  });
  it('has its excerpt split into plain and marked runs, never read as HTML', () => {
    expect(excerptParts('The <mark>summit</mark> in <mark>Anchorage</mark>, a <b> tag')).toEqual([
      { text: 'The ', marked: false },
      { text: 'summit', marked: true },
      { text: ' in ', marked: false },
      { text: 'Anchorage', marked: true },
      { text: ', a <b> tag', marked: false },
    ]);
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark>Ushakov</mark>')).toEqual([{ text: 'Ushakov', marked: true }]);
  });
});
