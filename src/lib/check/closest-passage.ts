/**
 * What a message shows when a quote is not in its source: the run of the source's words
 * closest to it, and a word diff of the two. Both stay near-linear in the length of the quote
 * and of the source, so a long quote cannot hold up the check.
 */
import { editDistance } from '../text/edit-distance.ts';
import { foldEach, normalizeQuoteText, rankingKey, words } from './quote-text.ts';

/** A word that comes back more often than this in a quote says little about where it starts. */
const MOST_REPEATS = 4;
/** How many likely starting places are compared word for word. */
const STARTS_COMPARED = 8;
/** Up to this many words, runs around each starting place are compared by edit distance; a longer quote is compared at its likeliest place only. */
const WORDS_COMPARED = 80;
/** The largest table of words a word diff fills; beyond it the differing middle is shown whole. */
const DIFF_CELLS = 1_000_000;

interface Passage {
  written: string[];
  keys: string[];
}

interface Start {
  passage: number;
  start: number;
  votes: number;
}

/**
 * The places where the part most likely starts in the passages: each word of a passage that
 * is also in the part, at most a few times, votes for the place the part would start at if the
 * two lined up there. Linear in the passages' length.
 */
function likelyStarts(wanted: readonly string[], passages: readonly Passage[]): Start[] {
  const at = new Map<string, number[]>();
  wanted.forEach((key, index) => {
    const places = at.get(key) ?? [];
    if (places.length <= MOST_REPEATS) places.push(index);
    at.set(key, places);
  });
  // A start is counted under one number: its passage, and its place shifted to be positive.
  const span = passages.reduce((longest, passage) => Math.max(longest, passage.keys.length), 0) + wanted.length + 1;
  const votes = new Map<number, Start>();
  passages.forEach((passage, number) => {
    passage.keys.forEach((key, index) => {
      const places = at.get(key);
      if (!places || places.length > MOST_REPEATS) return;
      for (const place of places) {
        const start = index - place;
        const name = number * span + start + wanted.length;
        const vote = votes.get(name);
        if (vote) vote.votes += 1;
        else votes.set(name, { passage: number, start, votes: 1 });
      }
    });
  });
  const ranked = [...votes.values()].sort((a, b) => b.votes - a.votes || a.passage - b.passage || a.start - b.start);
  return ranked.length > 0 ? ranked.slice(0, STARTS_COMPARED) : [{ passage: 0, start: 0, votes: 0 }];
}

/**
 * The run of words, within one passage, closest to the words of `part` by word edit distance: as long as
 * the part, give or take two words, so words left out or added still line up (a whole passage
 * when it is shorter), near the places where the part's words point. Returned as the source
 * writes it.
 */
export function closestPassage(part: readonly string[], passages: readonly string[]): string[] {
  const wanted = foldEach(part, rankingKey);
  const read = passages.map((text) => {
    const written = words(text);
    return { written, keys: foldEach(written, rankingKey) };
  });
  const starts = likelyStarts(wanted, read);
  if (wanted.length > WORDS_COMPARED) {
    const [likeliest] = starts;
    const passage = read[likeliest?.passage ?? 0]?.written ?? [];
    const start = Math.max(0, Math.min(likeliest?.start ?? 0, passage.length - wanted.length));
    return passage.slice(start, start + wanted.length);
  }
  let best = { run: [] as string[], distance: Number.POSITIVE_INFINITY, stretch: Number.POSITIVE_INFINITY, at: 0 };
  for (const { passage: number, start: near } of starts) {
    const { written, keys } = read[number] ?? { written: [], keys: [] };
    const shortest = Math.max(1, Math.min(keys.length, wanted.length - 2));
    for (let size = shortest; size <= Math.min(keys.length, wanted.length + 2); size++) {
      const stretch = Math.abs(size - wanted.length);
      const last = keys.length - size;
      for (let start = Math.max(0, Math.min(near - 2, last)); start <= Math.min(near + 2, last); start++) {
        const distance = editDistance(wanted, keys.slice(start, start + size));
        const at = number * 1e9 + start;
        if (
          distance < best.distance ||
          (distance === best.distance && (stretch < best.stretch || (stretch === best.stretch && at < best.at)))
        ) {
          best = { run: written.slice(start, start + size), distance, stretch, at };
        }
      }
    }
  }
  return best.run;
}

/** Punctuation a newsroom may change at the end of a quote: "moment." for the source's "moment,". */
const CLOSING_PUNCTUATION = /[.,?!;:]$/u;
const EDGE_QUOTES = /^["']+|["']+$/g;

/** Lowercases the first letter, for a quote that capitalises the word the source wrote in lower case. */
function foldFirstLetter(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toLowerCase());
}

/** Whether word `i` of the quote and word `j` of the passage are the same, as `checkQuote` compares them. */
function sameWords(left: readonly string[], right: readonly string[]): (i: number, j: number) => boolean {
  // Quotation marks around words are the source's typesetting, which the check ignores too.
  const fold = (word: string) => normalizeQuoteText(word).replace(EDGE_QUOTES, '');
  const a = foldEach(left, fold);
  const b = foldEach(right, fold);
  return (i, j) => {
    let x = a[i] ?? '';
    let y = b[j] ?? '';
    if (i === 0) [x, y] = [foldFirstLetter(x), foldFirstLetter(y)];
    if (i === left.length - 1) [x, y] = [x.replace(CLOSING_PUNCTUATION, ''), y.replace(CLOSING_PUNCTUATION, '')];
    return x === y;
  };
}

/**
 * The diff of the middle of two word lists, from `from` to the ends `leftEnd` and `rightEnd`,
 * by their longest common subsequence; a middle too large to tabulate is shown as removed and
 * added whole.
 */
function middleDiff(
  left: readonly string[],
  right: readonly string[],
  same: (i: number, j: number) => boolean,
  [from, leftEnd, rightEnd]: [number, number, number],
): string[] {
  const rows = leftEnd - from;
  const columns = rightEnd - from;
  if (rows * columns > DIFF_CELLS) {
    return [
      ...left.slice(from, leftEnd).map((word) => `[-${word}-]`),
      ...right.slice(from, rightEnd).map((word) => `{+${word}+}`),
    ];
  }
  // Longest common subsequence, filled from the end so the walk below reads front to back.
  const common = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      const row = common[i] ?? [];
      row[j] = same(from + i, from + j)
        ? (common[i + 1]?.[j + 1] ?? 0) + 1
        : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
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
  while (i < rows || j < columns) {
    if (i < rows && j < columns && same(from + i, from + j)) {
      flush();
      out.push(right[from + j] ?? '');
      i++;
      j++;
    } else if (j >= columns || (i < rows && (common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0))) {
      removed.push(left[from + i++] ?? '');
    } else {
      added.push(right[from + j++] ?? '');
    }
  }
  flush();
  return out;
}

/**
 * A word diff of `quote` against `passage`, punctuation included: words only in the quote as
 * [-word-], words only in the passage as {+word+}, shared words plain (as the passage writes
 * them). Words are compared folded, the quote's first letter in either case and its last word
 * without its closing punctuation, as `checkQuote` compares them, so the diff shows only
 * differences that count. The words the two share at their start and at their end are set
 * aside first, so that a long quote with a word changed costs no more than its length.
 */
export function wordDiff(quote: string | readonly string[], passage: string | readonly string[]): string {
  const left = typeof quote === 'string' ? words(quote) : quote;
  const right = typeof passage === 'string' ? words(passage) : passage;
  const same = sameWords(left, right);
  let from = 0;
  while (from < left.length && from < right.length && same(from, from)) from++;
  let leftEnd = left.length;
  let rightEnd = right.length;
  while (leftEnd > from && rightEnd > from && same(leftEnd - 1, rightEnd - 1)) {
    leftEnd--;
    rightEnd--;
  }
  return [
    ...right.slice(0, from),
    ...middleDiff(left, right, same, [from, leftEnd, rightEnd]),
    ...right.slice(rightEnd),
  ].join(' ');
}
