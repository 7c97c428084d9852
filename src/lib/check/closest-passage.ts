/**
 * What a message shows when a quote is not in its source: the run of the source's words
 * closest to it, and a word diff of the two.
 */
import { editDistance } from '../text/edit-distance.ts';
import { normalizeQuoteText, rankingKey, words } from './quote-text.ts';

/**
 * The run of words, within one passage, closest to `part` by word edit distance: as long as
 * the part, give or take two words, so words left out or added still line up (a whole passage
 * when it is shorter). Returned as the source writes it.
 */
export function closestPassage(part: string, passages: readonly string[]): string {
  const wanted = words(part).map(rankingKey);
  let best = { text: '', distance: Number.POSITIVE_INFINITY, stretch: Number.POSITIVE_INFINITY };
  for (const passage of passages) {
    const written = words(passage);
    const keys = written.map(rankingKey);
    const shortest = Math.max(1, Math.min(keys.length, wanted.length - 2));
    for (let size = shortest; size <= Math.min(keys.length, wanted.length + 2); size++) {
      const stretch = Math.abs(size - wanted.length);
      for (let start = 0; start + size <= keys.length; start++) {
        const distance = editDistance(wanted, keys.slice(start, start + size));
        if (distance < best.distance || (distance === best.distance && stretch < best.stretch)) {
          best = { text: written.slice(start, start + size).join(' '), distance, stretch };
        }
      }
    }
  }
  return best.text;
}

/** Punctuation a newsroom may change at the end of a quote: "moment." for the source's "moment,". */
const CLOSING_PUNCTUATION = /[.,?!;:]$/u;
const EDGE_QUOTES = /^["']+|["']+$/g;

/** Lowercases the first letter, for a quote that capitalises the word the source wrote in lower case. */
function foldFirstLetter(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toLowerCase());
}

/**
 * A word diff of `quote` against `passage`, punctuation included: words only in the quote as
 * [-word-], words only in the passage as {+word+}, shared words plain (as the passage writes
 * them). Words are compared folded, the quote's first letter in either case and its last word
 * without its closing punctuation, as `checkQuote` compares them, so the diff shows only
 * differences that count.
 */
export function wordDiff(quote: string, passage: string): string {
  const left = words(quote);
  const right = words(passage);
  const same = (i: number, j: number): boolean => {
    // Quotation marks around words are the source's typesetting, which the check ignores too.
    let a = normalizeQuoteText(left[i] ?? '').replace(EDGE_QUOTES, '');
    let b = normalizeQuoteText(right[j] ?? '').replace(EDGE_QUOTES, '');
    if (i === 0) [a, b] = [foldFirstLetter(a), foldFirstLetter(b)];
    if (i === left.length - 1) [a, b] = [a.replace(CLOSING_PUNCTUATION, ''), b.replace(CLOSING_PUNCTUATION, '')];
    return a === b;
  };
  // Longest common subsequence, filled from the end so the walk below reads front to back.
  const common = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      const row = common[i] ?? [];
      row[j] = same(i, j) ? (common[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: string[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    out.push(...removed.map((word) => `[-${word}-]`), ...added.map((word) => `{+${word}+}`));
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && same(i, j)) {
      flush();
      out.push(right[j] ?? '');
      i++;
      j++;
    } else if (j >= right.length || (i < left.length && (common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0))) {
      removed.push(left[i++] ?? '');
    } else {
      added.push(right[j++] ?? '');
    }
  }
  flush();
  return out.join(' ');
}
