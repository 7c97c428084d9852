import { describe, expect, it } from 'vitest';
import {
  checkQuote,
  normalizeQuoteText,
  quoteMismatchMessage,
  quoteParts,
  quotedWords,
  sourcePassages,
  visibleText,
  wordDiff,
  type QuoteCheck,
} from '../../src/lib/check/quote-match.ts';

const UNN =
  'Answering a question, Ushakov said:\n\nIt could happen at any moment. You see, it largely depends on the leaders.';

function mismatch(
  quote: string | string[],
  source: Parameters<typeof checkQuote>[1],
): Extract<QuoteCheck, { found: false }> {
  const check = checkQuote(quote, source);
  if (check.found) throw new Error(`expected ${JSON.stringify(quote)} not to be found`);
  return check;
}

describe('passages', () => {
  it('are the lines of an excerpt, each one apart', () => {
    const excerpt = 'long and substantive\nvery hard to get\n  we are going to see  \n';
    expect(sourcePassages({ excerpt })).toEqual(['long and substantive', 'very hard to get', 'we are going to see']);
  });
  it('are the paragraphs of a text file, a wrapped paragraph joined into one', () => {
    const file =
      'Working contact with the Americans\nis ongoing. The issue is on\nthe agenda.\n\n  \nAddition\r\n\r\nRussian dictator';
    expect(sourcePassages({ file })).toEqual([
      'Working contact with the Americans is ongoing. The issue is on the agenda.',
      'Addition',
      'Russian dictator',
    ]);
  });
  it('put the excerpt first, then the text file', () => {
    expect(sourcePassages({ excerpt: 'a\nb', file: 'c\nd\n\ne' })).toEqual(['a', 'b', 'c d', 'e']);
  });
  it('are read line by line from a single string, as an excerpt', () => {
    expect(sourcePassages('one\ntwo\n\nthree')).toEqual(['one', 'two', 'three']);
  });
});

describe('quote parts', () => {
  it('are split at an ellipsis, written … or ..., or in brackets', () => {
    expect(quoteParts('A is here … B is there')).toEqual(['A is here', 'B is there']);
    expect(quoteParts('A is here...B is there')).toEqual(['A is here', 'B is there']);
    expect(quoteParts('A is here […] B is there')).toEqual(['A is here', 'B is there']);
  });
  it('drop empty parts at the ends', () => {
    expect(quoteParts('… and then it happened...')).toEqual(['and then it happened']);
    expect(quoteParts('no ellipsis.')).toEqual(['no ellipsis.']);
  });
});

describe('quoted words', () => {
  it('are the whole text of a direct quote', () => {
    expect(quotedWords({ mode: 'direct', text: 'It could happen. "Soon," he said.' })).toEqual([
      'It could happen. "Soon," he said.',
    ]);
  });
  it('are the double-quoted fragments of a paraphrase, straight or curly', () => {
    expect(
      quotedWords({ mode: 'paraphrase', text: 'he has “great respect” for him, and "trusts" him, «so» it’s fine' }),
    ).toEqual(['great respect', 'trusts', 'so']);
    expect(quotedWords({ mode: 'paraphrase', text: 'he wants to talk, it’s said' })).toEqual([]);
  });
});

describe('a quote', () => {
  it('is found when it is written exactly as in the source', () => {
    expect(checkQuote('It could happen at any moment. You see, it largely depends on the leaders.', UNN)).toEqual({
      found: true,
    });
  });
  it('is found whatever quotation marks, dashes and spaces the two use', () => {
    const source = 'He said: “it’s a deal” — nothing more.';
    expect(checkQuote(`He said: "it's a deal" - nothing   more.`, source).found).toBe(true);
  });
  it('ignores quotation marks around it', () => {
    expect(checkQuote('“It could happen at any moment.”', UNN).found).toBe(true);
  });
  it('is not found when it starts in the middle of a word', () => {
    expect(checkQuote('t could happen at any moment', UNN).found).toBe(false);
  });
  it('is not found when it ends in the middle of a word', () => {
    expect(checkQuote('It could happen at any mom', UNN).found).toBe(false);
  });
  it('is not found when it is stitched across two lines of an excerpt', () => {
    const excerpt = 'long and substantive\nvery hard to get';
    expect(checkQuote('long and substantive', { excerpt }).found).toBe(true);
    expect(checkQuote('substantive very hard', { excerpt }).found).toBe(false);
    expect(checkQuote('substantive very hard', excerpt).found).toBe(false);
    expect(mismatch('substantive very hard', { excerpt }).acrossExcerptLines).toBe(true);
    expect(mismatch('substantive very easy', { excerpt }).acrossExcerptLines).toBe(false);
  });
  it('is not found when it is stitched across two paragraphs of a text file', () => {
    expect(checkQuote('said: It could happen', { file: UNN }).found).toBe(false);
  });
  it('is found across the line breaks of a wrapped paragraph', () => {
    const file = 'It could happen at any\nmoment. You see, it largely\ndepends on the leaders.\n\nAddition';
    expect(checkQuote('It could happen at any moment. You see, it largely depends', { file }).found).toBe(true);
  });
  it('may leave out its closing full stop', () => {
    expect(checkQuote('It could happen at any moment', UNN).found).toBe(true);
  });
  it('may close with a full stop where the source has a comma', () => {
    expect(checkQuote('You see.', UNN).found).toBe(true);
    expect(checkQuote('it largely depends on the leaders!', UNN).found).toBe(true);
  });
  it('is not found when a comma inside it is missing', () => {
    expect(checkQuote('You see it largely depends on the leaders.', UNN).found).toBe(false);
  });
  it('may capitalise its first letter', () => {
    expect(checkQuote('It largely depends on the leaders.', UNN).found).toBe(true);
    expect(checkQuote('you see, it largely depends', UNN).found).toBe(true);
  });
  it('is not found when any other letter changes case', () => {
    expect(checkQuote('It could happen at any Moment.', UNN).found).toBe(false);
    expect(checkQuote('IT could happen', UNN).found).toBe(false);
  });
  it('is found with an ellipsis when every part is in the source', () => {
    expect(checkQuote('It could happen … it largely depends on the leaders.', UNN).found).toBe(true);
  });
  it('is found when the parts around an ellipsis are in different passages, in any order', () => {
    expect(checkQuote('it largely depends on the leaders… Ushakov said', UNN).found).toBe(true);
  });
  it('is not found when one part of an ellipsis is missing, and names that part', () => {
    const check = mismatch('It could happen … it depends on nobody.', UNN);
    expect(check.part).toBe('it depends on nobody.');
  });
  it('is matched in Cyrillic text, with word boundaries and a capitalised first letter', () => {
    const source = 'Ушаков сказал: это может произойти в любой момент.';
    expect(checkQuote('Это может произойти в любой момент', source).found).toBe(true);
    expect(checkQuote('это может произойти в любой мом', source).found).toBe(false);
    expect(checkQuote('то может произойти', source).found).toBe(false);
  });
});

describe('a quote of several paragraphs', () => {
  const file =
    'Answering a question, Ushakov said:\n\nIt could happen at any moment.\nYou see, it largely depends on the leaders.\n\n“The talks go on.\n\n“Nothing is decided.”';
  it('is found when its paragraphs are consecutive paragraphs of the text file, break for break', () => {
    const quote = ['It could happen at any moment. You see, it largely depends on the leaders.', 'The talks go on.'];
    expect(checkQuote(quote, { file })).toEqual({ found: true });
  });
  it('may start inside the first paragraph and end inside the last', () => {
    expect(checkQuote(['Ushakov said:', 'It could happen at any moment'], { file }).found).toBe(true);
    expect(checkQuote(['the leaders.', 'The talks go on.', 'Nothing is decided'], { file }).found).toBe(true);
  });
  it('is not found when a paragraph break falls where the source has none', () => {
    expect(checkQuote(['It could happen at any moment.', 'You see, it largely depends'], { file }).found).toBe(false);
  });
  it('is not found when a paragraph of the source is left out between two of its paragraphs', () => {
    expect(checkQuote(['Ushakov said:', 'The talks go on.'], { file }).found).toBe(false);
  });
  it('is not found when a paragraph stops short of the end of its source paragraph', () => {
    expect(checkQuote(['It could happen at any moment.', 'The talks go on.'], { file }).found).toBe(false);
  });
  it('keeps the punctuation at a paragraph break', () => {
    expect(checkQuote(['Ushakov said', 'It could happen'], { file }).found).toBe(false);
  });
  it('with an ellipsis, checks each part on its own, a part across a break against consecutive paragraphs', () => {
    expect(checkQuote(['It could happen … the leaders.', 'The talks go on.'], { file }).found).toBe(true);
    expect(checkQuote(['Ushakov said: …', 'The talks go on.'], { file }).found).toBe(true);
  });
  it('is not stitched from lines of an excerpt, and says that excerpt lines are separate passages', () => {
    const excerpt = 'long and substantive\nvery hard to get';
    const check = mismatch(['long and substantive', 'very hard to get'], { excerpt });
    expect(check.acrossExcerptLines).toBe(true);
    const { message } = quoteMismatchMessage({
      quote: ['long and substantive', 'very hard to get'],
      sourceIds: ['s'],
      check,
      sourceId: 's',
    });
    expect(message).toBe(
      'the quote "long and substantive ¶ very hard to get" is not in its source "s": the lines of an excerpt are separate passages, and a quote may not run from one into the next',
    );
  });
  it('shows its paragraph breaks as ¶ in the word diff', () => {
    const check = mismatch(['It could happen at any moment.', 'You see, it largely depends'], { file });
    expect(check.diff).toBe('It could happen at any moment. [-¶-] You see, it largely depends');
  });
});

describe('the closest passage', () => {
  it('is the run of the source nearest the quote, with its own punctuation and case', () => {
    const source = 'The aide said: “It’s possible — at any moment,” you see. Then he left.';
    const check = mismatch('Its possible - at any moment you see', source);
    expect(check.passage).toBe('“It’s possible — at any moment,” you see.');
  });
  it('stays within one passage', () => {
    const check = mismatch('substantive very hard', { excerpt: 'long and substantive\nvery hard to get' });
    expect(check.passage).toBe('very hard');
    expect(['long and substantive', 'very hard to get'].some((line) => line.includes(check.passage))).toBe(true);
  });
  it('comes with the word diff of the failing part against it', () => {
    const check = mismatch('It could happen at any moment you see', UNN);
    expect(check.passage).toBe('It could happen at any moment. You see,');
    expect(check.diff).toBe('It could happen at any [-moment-] [-you-] {+moment.+} {+You+} see,');
  });
});

describe('a long quote', () => {
  // About 1 MB of words, each sentence told apart from the others by its number, as the
  // sentences of a real text are by their words.
  const sentences = Array.from({ length: 24_000 }, (_, n) => `Item ${n} was read out, and the council voted on it.`);
  const text = sentences.join(' ');
  const changed = [
    ...sentences.slice(0, 12_000),
    'Item 12000 was read out, and the committee voted on it.',
    ...sentences.slice(12_001),
  ].join(' ');

  it('with one word changed, is compared with the whole of its source, and the diff names the word', () => {
    expect(text.length).toBeGreaterThan(1_000_000);
    const check = mismatch(changed, { file: `A headline\n\n${text}` });
    expect(check.passage).toBe(text);
    expect(check.diff.match(/\[-[^\]]*-\]|\{\+[^}]*\+\}/g)).toEqual(['[-committee-]', '{+council+}']);
  }, 120_000);

  it('of paragraphs, with one word changed, is compared with the paragraphs of its source', () => {
    const paragraphs = changed.split(/(?<=\.) (?=Item \d+0 )/);
    const file = text.split(/(?<=\.) (?=Item \d+0 )/).join('\n\n');
    expect(paragraphs.length).toBeGreaterThan(2_000);
    const check = mismatch(paragraphs, { file });
    expect(check.diff.match(/\[-[^\]]*-\]|\{\+[^}]*\+\}/g)).toEqual(['[-committee-]', '{+council+}']);
  }, 120_000);

  it('of words that all repeat, with one word changed, still gets a closest passage', () => {
    const repeated = Array.from({ length: 24_000 }, () => 'The council voted on the item, and it was read out.');
    const source = repeated.join(' ');
    const quote = [
      ...repeated.slice(0, 100),
      'The committee voted on the item, and it was read out.',
      ...repeated.slice(101),
    ].join(' ');
    const check = mismatch(quote, { file: source });
    expect(check.passage).toBe(source);
    expect(check.diff.match(/\[-[^\]]*-\]|\{\+[^}]*\+\}/g)).toEqual(['[-committee-]', '{+council+}']);
  }, 120_000);
});

describe('the word diff', () => {
  it('marks a word missing at the end of the quote', () => {
    expect(wordDiff('it largely depends on the', 'it largely depends on the leaders.')).toBe(
      'it largely depends on the {+leaders.+}',
    );
  });
  it('marks words only in the quote and words only in the source, punctuation included', () => {
    expect(wordDiff('at any moment you see', 'at any moment, you see')).toBe('at any [-moment-] {+moment,+} you see');
  });
  it('does not mark what the check allows: a capitalised first letter, a changed closing mark, typography', () => {
    expect(wordDiff('You see.', 'you see,')).toBe('you see,');
    expect(wordDiff(`it's done`, 'it’s done')).toBe('it’s done');
  });
});

describe('the mismatch report', () => {
  it('gives the full quote, the sources, the closest passage as written and the diff', () => {
    const quote = 'It could happen at any moment you see. This sentence is long enough to have been cut before.';
    const check = mismatch(quote, UNN);
    const { message, hint } = quoteMismatchMessage({
      quote,
      sourceIds: ['unn-2025-06-29', 'online-ua-2025-06-29'],
      check,
      sourceId: 'unn-2025-06-29',
    });
    expect(message).toBe(`the quote "${quote}" is not in its source "unn-2025-06-29" or "online-ua-2025-06-29"`);
    expect(hint).toMatch(/^closest passage in "unn-2025-06-29": "It could happen at any moment\. You see,/);
    expect(hint).toContain(`differences ([-quote-] {+source+}): ${check.diff}`);
  });
  it('shows a final full stop the source lacks in the passage', () => {
    const check = mismatch('It largely depends, on the leaders.', 'It largely depends on the leaders');
    const { hint } = quoteMismatchMessage({ quote: 'x', sourceIds: ['s'], check, sourceId: 's' });
    expect(hint).toBe(
      'closest passage in "s": "It largely depends on the leaders" — differences ([-quote-] {+source+}): It largely [-depends,-] {+depends+} on the leaders',
    );
  });
  it('names the part of an elided quote that is missing', () => {
    const quote = 'It could happen … it depends on nobody.';
    const { message } = quoteMismatchMessage({ quote, sourceIds: ['s'], check: mismatch(quote, UNN), sourceId: 's' });
    expect(message).toBe(`the quote "${quote}" is not in its source "s": no passage holds "it depends on nobody."`);
  });
  it('shows an invisible character in the quote', () => {
    const quote = 'It could\u200b happen';
    const { message, hint } = quoteMismatchMessage({
      quote,
      sourceIds: ['s'],
      check: mismatch(quote, UNN),
      sourceId: 's',
    });
    expect(message).toBe('the quote "It could<U+200B> happen" is not in its source "s"');
    expect(hint).toContain('[-could<U+200B>-] {+could+}');
  });
});

describe('visible text', () => {
  it('spells out invisible and control characters and folds line breaks into spaces', () => {
    expect(visibleText('a\u00adb\ufeffc\u200dd\n  e\u0007')).toBe('a<U+00AD>b<U+FEFF>c<U+200D>d e<U+0007>');
    expect(visibleText('Ушаков: «да»')).toBe('Ушаков: «да»');
  });
});

describe('folding', () => {
  it('folds spaces, curly quotes, dashes and ellipses, and nothing else', () => {
    expect(normalizeQuoteText('“It’s  done” — she said…')).toBe(`"It's done" - she said...`);
    expect(normalizeQuoteText('Peace')).not.toBe(normalizeQuoteText('peace'));
  });
});
