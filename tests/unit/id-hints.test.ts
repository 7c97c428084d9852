import { describe, expect, it } from 'vitest';
import { closeMatch, didYouMean } from '../../src/lib/text/edit-distance.ts';
import {
  describeCharacter,
  idMistakes,
  nonAsciiIdCharacters,
  suggestId,
  visibleText,
} from '../../src/schemas/id-hints.ts';

describe('didYouMean', () => {
  const fields = ['title', 'summary', 'published', 'asOf', 'status', 'sources', 'tags'];
  it('names the close word that exists', () => {
    expect(didYouMean('sumary', fields)).toBe('did you mean "summary"?');
    expect(didYouMean('tag', fields)).toBe('did you mean "tags"?');
    expect(didYouMean('titel', fields)).toBe('did you mean "title"?');
  });
  it('says nothing when no word is close', () => {
    expect(didYouMean('headline', fields)).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });
  it('does not match short words that share nothing', () => {
    expect(closeMatch('to', ['by', 'id'])).toBeUndefined();
  });
});

describe('visibleText', () => {
  it('writes out invisible characters by their code point', () => {
    expect(visibleText('yuri\u200B-ushakov')).toBe('yuri<U+200B>-ushakov');
    expect(visibleText('a\u00A0b\u00ADc\uFEFFd\u200De\u202Ef\u2066g')).toBe(
      'a<U+00A0>b<U+00AD>c<U+FEFF>d<U+200D>e<U+202E>f<U+2066>g',
    );
  });
  it('leaves ordinary spaces, tabs, line breaks and letters of any script alone', () => {
    expect(visibleText('Ana López\tсказала\n“yes”')).toBe('Ana López\tсказала\n“yes”');
  });
});

describe('nonAsciiIdCharacters', () => {
  it('names a Cyrillic letter that looks Latin, with its index and code point', () => {
    expect(nonAsciiIdCharacters('yuri-ushаkov')).toEqual([
      { character: 'а', index: 8, codePoint: 0x430, lookalike: 'Cyrillic a', latin: 'a' },
    ]);
  });
  it('names Greek look-alikes, invisible characters and other letters', () => {
    const found = nonAsciiIdCharacters('οk\u200Bé');
    expect(found.map(describeCharacter)).toEqual([
      '"ο" (U+03BF, Greek o)',
      'U+200B (zero-width space)',
      '"é" (U+00E9)',
    ]);
    expect(found.map((character) => character.index)).toEqual([0, 2, 3]);
  });
  it('finds nothing in an ASCII id, even an invalid one', () => {
    expect(nonAsciiIdCharacters('Yuri_Ushakov')).toEqual([]);
  });
  it('counts positions in characters, not UTF-16 units', () => {
    expect(nonAsciiIdCharacters('😀а').map((character) => character.index)).toEqual([0, 1]);
  });
});

describe('idMistakes and suggestId', () => {
  it('point at a look-alike letter and give the Latin id', () => {
    expect(idMistakes('yuri-ushаkov')).toEqual([
      '"а" (U+0430, Cyrillic a) at position 9 looks like a Latin letter but is not one',
    ]);
    expect(suggestId('yuri-ushаkov')).toBe('yuri-ushakov');
  });
  it('point at capitals, spaces, other characters and invisible ones', () => {
    expect(idMistakes('Yuri Ushakov')).toEqual([
      '"Y" at position 1 is uppercase',
      '" " at position 5 is a space',
      '"U" at position 6 is uppercase',
    ]);
    expect(idMistakes('yuri_ushakov')).toEqual(['"_" at position 5 is not allowed']);
    expect(idMistakes('yuri\u200Bushakov')).toEqual(['an invisible U+200B (zero-width space) at position 5']);
    expect(idMistakes('josé')).toEqual(['"é" (U+00E9) at position 4 is not one of a-z']);
    expect(suggestId('Yuri Ushakov')).toBe('yuri-ushakov');
    expect(suggestId('josé')).toBe('jose');
  });
  it('explain hyphens out of place', () => {
    expect(idMistakes('-yuri--ushakov')).toEqual([
      'a hyphen may only stand between two words, not at the start, the end or twice in a row',
    ]);
    expect(suggestId('-yuri--ushakov')).toBe('yuri-ushakov');
  });
  it('find nothing wrong with an id, and cut a long list short', () => {
    expect(idMistakes('yuri-ushakov-2')).toEqual([]);
    expect(idMistakes('ABCDE')).toEqual([
      '"A" at position 1 is uppercase',
      '"B" at position 2 is uppercase',
      '"C" at position 3 is uppercase',
      'and 2 more',
    ]);
  });
});
