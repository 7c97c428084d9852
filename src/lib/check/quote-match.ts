/**
 * Whether a quote is in its source, by the rules CONTENT.md states under "Sources and quote
 * checking", and what to show an editor when it is not. Pure text functions: no content model.
 */
import { editDistance } from '../text/edit-distance.ts';

/**
 * A source's stored text, kept apart by where it was written, because the two are split into
 * passages differently: the `excerpt:` of its YAML and its `.txt` file.
 */
export interface StoredText {
  /** The `excerpt:` field: every line is a passage of its own. */
  excerpt?: string | undefined;
  /** The `.txt` file: paragraphs separated by blank lines; a paragraph may be wrapped over several lines. */
  file?: string | undefined;
}

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

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
const BLANK_LINE = /(?:\r\n|[\n\r\u2028\u2029])[^\S\r\n\u2028\u2029]*(?:\r\n|[\n\r\u2028\u2029])\s*/;

/** The lines of an excerpt: a YAML block scalar (`|`) keeps each passage on a line of its own. */
function excerptPassages(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The paragraphs of a text file: a blank line ends one, a single line break only wraps it. */
function filePassages(text: string): string[] {
  return text
    .split(BLANK_LINE)
    .map((paragraph) => excerptPassages(paragraph).join(' '))
    .filter(Boolean);
}

/**
 * Splits a source's stored text into passages: a quote must sit within one passage. Text
 * given as one string is read line by line, as an excerpt is; the stricter reading, since
 * nothing says where a wrapped paragraph is.
 */
export function sourcePassages(text: string | StoredText): string[] {
  if (typeof text === 'string') return excerptPassages(text);
  return [...excerptPassages(text.excerpt ?? ''), ...filePassages(text.file ?? '')];
}

/** An elision in a quote: `…` or `...`, also as `[…]` or `(…)`. */
const ELLIPSIS = /\s*[[(]?(?:\u2026|\.{3,})[\])]?\s*/u;

/** The parts of a quote that must each appear in one passage: split on an ellipsis (… or ...), empty parts dropped. A quote "A … B" is two parts. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter(Boolean);
}

const QUOTE_MARKS = '"\'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb';
const EDGE_QUOTE_MARKS = new RegExp(`^[${QUOTE_MARKS}\\s]+|[${QUOTE_MARKS}\\s]+$`, 'gu');
const DOUBLE_QUOTED =
  /["\u201c\u201d\u201e\u201f\u00ab\u00bb]([^"\u201c\u201d\u201e\u201f\u00ab\u00bb]+)["\u201c\u201d\u201e\u201f\u00ab\u00bb]/gu;

/** The words that must appear in a source for a statement: the whole quote for `direct`, the "double-quoted" fragments (straight or curly quotes) for `paraphrase`. */
export function quotedWords(statement: { mode: 'direct' | 'paraphrase'; text: string }): string[] {
  if (statement.mode === 'direct') return [statement.text];
  return [...statement.text.matchAll(DOUBLE_QUOTED)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
}

export type QuoteCheck = { found: true } | { found: false; part: string; passage: string; diff: string };

/** Punctuation a newsroom may change at the end of a quote: "moment." for the source's "moment,". */
const CLOSING_PUNCTUATION = /[.,?!;:]$/u;
/** Quotation marks and one closing punctuation mark at the end of a folded part, in either order. */
const FOLDED_END = /["'\s]*[.,?!;:]?["'\s]*$/u;
/** A letter, digit or combining mark: what a word is made of, in any script. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** The character (a whole code point) that ends just before `index`, or "". */
function characterBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

/** The character (a whole code point) that starts at `index`, or "". */
function characterAt(text: string, index: number): string {
  const point = text.codePointAt(index);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/**
 * The forms a folded quote part may take in a folded passage: the same characters, the first
 * letter in either case (a quote may start a sentence the source did not).
 */
function partForms(core: string): string[] {
  const at = core.search(/\p{L}/u);
  if (at === -1) return [core];
  const letter = characterAt(core, at);
  const rest = core.slice(at + letter.length);
  return [...new Set([letter, letter.toLowerCase(), letter.toUpperCase()])].map(
    (form) => `${core.slice(0, at)}${form}${rest}`,
  );
}

/**
 * Whether a folded passage holds a folded part, starting and ending at word boundaries: found
 * with `indexOf`, each place then checked for the letters around it. A pattern with
 * look-behinds over Unicode classes would say the same, at many times the cost over thousands
 * of quotes.
 */
function holdsPart(passage: string, forms: readonly string[]): boolean {
  for (const form of forms) {
    for (let index = passage.indexOf(form); index !== -1; index = passage.indexOf(form, index + 1)) {
      const before = characterBefore(passage, index);
      const after = characterAt(passage, index + form.length);
      if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
    }
  }
  return false;
}

/** A part as it is compared: folded, without quotation marks at its ends or its closing punctuation. */
function foldedCore(part: string): string {
  return normalizeQuoteText(part)
    .replace(/^["'\s]+/u, '')
    .replace(FOLDED_END, '');
}

/** The words of a text as written, split at whitespace. */
function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** A word reduced for ranking passages by closeness: folded, lowercase, without punctuation at its ends. */
function rankingKey(word: string): string {
  const folded = normalizeQuoteText(word).toLowerCase();
  return folded.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || folded;
}

/**
 * The run of words, within one passage, closest to `part` by word edit distance: as long as
 * the part, give or take two words, so words left out or added still line up (a whole passage
 * when it is shorter). Returned as the source writes it.
 */
function closestPassage(part: string, passages: readonly string[]): string {
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

/** Checks one quote against a source text. */
export function checkQuote(quote: string, sourceText: string | StoredText): QuoteCheck {
  const passages = sourcePassages(sourceText);
  const folded = passages.map(normalizeQuoteText);
  for (const written of quoteParts(quote)) {
    const part = written.replace(EDGE_QUOTE_MARKS, '');
    const core = foldedCore(part);
    if (!core) continue;
    const forms = partForms(core);
    if (folded.some((passage) => holdsPart(passage, forms))) continue;
    const passage = closestPassage(part, passages);
    return { found: false, part, passage, diff: wordDiff(part, passage) };
  }
  return { found: true };
}

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
const EDGE_QUOTES = /^["']+|["']+$/g;

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

/**
 * The text with every invisible character shown as its code point, `<U+200B>`, and line breaks
 * and runs of spaces as one space, so a message shows what stops a quote from matching.
 */
export function visibleText(text: string): string {
  return text
    .replace(
      /(?![\t\n\v\f\r])\p{C}/gu,
      (character) => `<U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
    )
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The message and hint for a quote that is not in its source, as the checker prints them: the
 * full quote (never cut), the source ids, the closest passage with original punctuation, and
 * the word diff. `noun` names what was looked for: "quote", or "passage" for words that back
 * the story's own claim.
 */
export function quoteMismatchMessage(args: {
  quote: string;
  sourceIds: string[];
  check: Extract<QuoteCheck, { found: false }>;
  sourceId: string;
  noun?: string;
}): { message: string; hint: string } {
  const { quote, sourceIds, check, sourceId, noun = 'quote' } = args;
  const sources = sourceIds.map((id) => `"${id}"`).join(' or ');
  const whole = quote.replace(EDGE_QUOTE_MARKS, '');
  const missing =
    normalizeQuoteText(check.part) === normalizeQuoteText(whole)
      ? ''
      : `: no passage holds "${visibleText(check.part)}"`;
  const message = `the ${noun} "${visibleText(quote)}" is not in its source ${sources}${missing}`;
  if (!check.passage) return { message, hint: `"${sourceId}" has no stored text to compare it with` };
  return {
    message,
    hint: `closest passage in "${sourceId}": "${visibleText(check.passage)}" — differences ([-quote-] {+source+}): ${visibleText(check.diff)}`,
  };
}
