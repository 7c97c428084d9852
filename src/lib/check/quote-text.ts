/**
 * How the words of a quote and of its source are folded before they are compared: the
 * differences that typing and typesetting make do not count (CONTENT.md, "Sources and quote
 * checking").
 */

/** Folds the differences that typing and typesetting make: spaces, quote marks, dashes, ellipses. */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The mark that stands for a paragraph break of a quote in a message and in its word diff. */
export const PARAGRAPH_BREAK = '\u00b6';

/** Paragraphs as one line of text, each break shown as ¶. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(` ${PARAGRAPH_BREAK} `);
}

/** The words of a text as written, split at whitespace. */
export function words(text: string): string[] {
  // Without the u flag: \s is the same set of spaces, and the split is several times faster.
  return text.split(/\s+/).filter(Boolean);
}

/** A word reduced for ranking passages by closeness: folded, lowercase, without punctuation at its ends. */
export function rankingKey(word: string): string {
  const folded = normalizeQuoteText(word).toLowerCase();
  return folded.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || folded;
}

/**
 * `fold` applied to every word, each distinct word folded once: a text repeats most of its
 * words, and folding is the costly part of comparing a long quote with its source.
 */
export function foldEach(list: readonly string[], fold: (word: string) => string): string[] {
  const folded = new Map<string, string>();
  return list.map((word) => {
    let result = folded.get(word);
    if (result === undefined) {
      result = fold(word);
      folded.set(word, result);
    }
    return result;
  });
}
