/** Whether a quote is in its source (CONTENT.md, "Sources and quote checking"), and what to show when it is not. */
import { closestPassage, wordDiff } from './closest-passage.ts';
import { joinParagraphs, normalizeQuoteText, words } from './quote-text.ts';

export { normalizeQuoteText, wordDiff };

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

/** The passages of a source, apart by kind: only the paragraphs of its text file follow one another. */
function storedPassages(text: string | StoredText): { excerpt: string[]; file: string[] } {
  if (typeof text === 'string') return { excerpt: excerptPassages(text), file: [] };
  return { excerpt: excerptPassages(text.excerpt ?? ''), file: filePassages(text.file ?? '') };
}

/**
 * Splits a source's stored text into passages: a quote must sit within one passage. Text
 * given as one string is read line by line, as an excerpt is; the stricter reading, since
 * nothing says where a wrapped paragraph is.
 */
export function sourcePassages(text: string | StoredText): string[] {
  const { excerpt, file } = storedPassages(text);
  return [...excerpt, ...file];
}

/** An elision in a quote: `…` or `...`, also as `[…]` or `(…)`. */
const ELLIPSIS = /\s*[[(]?(?:\u2026|\.{3,})[\])]?\s*/u;

/**
 * The parts of a quote of one or more paragraphs that must each be found in the source, each
 * as its pieces, one per paragraph it spans: an ellipsis ends a part, a paragraph break does
 * not (unless an ellipsis stands at it). "A … B" is two parts; "A" ¶ "B" is one, of two pieces.
 */
function partsOf(paragraphs: readonly string[]): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  const end = () => {
    if (part.length > 0) parts.push(part);
    part = [];
  };
  for (const paragraph of paragraphs) {
    paragraph.split(ELLIPSIS).forEach((written, index) => {
      const piece = written.trim();
      if (index > 0 || !piece) end();
      if (piece) part.push(piece);
    });
  }
  end();
  return parts;
}

/** The parts of a quote that must each appear in one passage: split on an ellipsis (… or ...), empty parts dropped. A quote "A … B" is two parts. */
export function quoteParts(quote: string): string[] {
  return partsOf([quote]).map((pieces) => pieces.join(' '));
}

const QUOTE_MARKS = '"\'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb';
const EDGE_QUOTE_MARKS = new RegExp(`^[${QUOTE_MARKS}\\s]+|[${QUOTE_MARKS}\\s]+$`, 'gu');
const LEADING_QUOTE_MARKS = new RegExp(`^[${QUOTE_MARKS}\\s]+`, 'u');
const TRAILING_QUOTE_MARKS = new RegExp(`[${QUOTE_MARKS}\\s]+$`, 'u');
const DOUBLE_QUOTED =
  /["\u201c\u201d\u201e\u201f\u00ab\u00bb]([^"\u201c\u201d\u201e\u201f\u00ab\u00bb]+)["\u201c\u201d\u201e\u201f\u00ab\u00bb]/gu;

/** The words that must appear in a source for a statement: the whole quote for `direct`, the "double-quoted" fragments (straight or curly quotes) for `paraphrase`. */
export function quotedWords(statement: { mode: 'direct' | 'paraphrase'; text: string }): string[] {
  if (statement.mode === 'direct') return [statement.text];
  return [...statement.text.matchAll(DOUBLE_QUOTED)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
}

export type QuoteCheck =
  | { found: true }
  | {
      found: false;
      /** The part not found, its paragraph breaks shown as ¶. */
      part: string;
      passage: string;
      diff: string;
      /** True when the part is in the excerpt only if its lines, which are separate passages, are run together. */
      acrossExcerptLines: boolean;
    };

/** Quotation marks and one closing punctuation mark at the end of a folded part, in either order. */
const FOLDED_END = /["'\s]*[.,?!;:]?["'\s]*$/u;
/** Quotation marks at the start or the end of a folded text. */
const FOLDED_MARKS_START = /^["'\s]+/u;
const FOLDED_MARKS_END = /["'\s]+$/u;
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
  const folded = normalizeQuoteText(part).replace(FOLDED_MARKS_START, '');
  // Only the end can match: searching the whole of a long quote for it would cost more than the rest.
  const tail = Math.max(0, folded.length - 32);
  return folded.slice(0, tail) + folded.slice(tail).replace(FOLDED_END, '');
}

/** A folded paragraph without the quotation marks a source may open or close it with. */
function withoutEdgeMarks(folded: string): string {
  return folded.replace(FOLDED_MARKS_START, '').replace(FOLDED_MARKS_END, '');
}

/**
 * Whether consecutive folded paragraphs hold a part of several pieces, break for break: the
 * first piece ends its paragraph, each middle piece is a whole paragraph, and the last starts
 * one. The source may open and close its paragraphs with quotation marks.
 */
function holdsRun(paragraphs: readonly string[], pieces: readonly string[]): boolean {
  const first = partForms(withoutEdgeMarks(normalizeQuoteText(pieces[0] ?? '')));
  const middle = pieces.slice(1, -1).map((piece) => withoutEdgeMarks(normalizeQuoteText(piece)));
  const last = foldedCore(pieces.at(-1) ?? '');
  const trimmed = paragraphs.map(withoutEdgeMarks);
  for (let start = 0; start + pieces.length <= trimmed.length; start++) {
    const opening = trimmed[start] ?? '';
    const closing = trimmed[start + pieces.length - 1] ?? '';
    const ends = first.some(
      (form) => opening.endsWith(form) && !WORD_CHARACTER.test(characterBefore(opening, opening.length - form.length)),
    );
    if (!ends || !middle.every((piece, index) => trimmed[start + 1 + index] === piece)) continue;
    if (closing.startsWith(last) && !WORD_CHARACTER.test(characterAt(closing, last.length))) return true;
  }
  return false;
}

/** The folded passages of a source, by kind. */
interface FoldedPassages {
  excerpt: string[];
  file: string[];
}

/** Whether a part is in the source: a part of one piece in any passage, one of several across consecutive paragraphs of the text file. */
function isFound(pieces: readonly string[], folded: FoldedPassages): boolean {
  if (pieces.length > 1) return holdsRun(folded.file, pieces);
  const core = foldedCore(pieces[0] ?? '');
  if (!core) return true;
  const forms = partForms(core);
  return [...folded.excerpt, ...folded.file].some((passage) => holdsPart(passage, forms));
}

/** Whether a part would be found if the lines of the excerpt, which are separate passages, were run together. */
function isAcrossExcerptLines(pieces: readonly string[], folded: FoldedPassages): boolean {
  if (pieces.length > 1) return holdsRun(folded.excerpt, pieces);
  return folded.excerpt.length > 1 && holdsPart(folded.excerpt.join(' '), partForms(foldedCore(pieces[0] ?? '')));
}

/**
 * What a part is compared with to find its closest run: the passages, and for a part of
 * several paragraphs also the text file as one run of words, each paragraph break a ¶.
 */
function candidatePassages(pieces: readonly string[], passages: { excerpt: string[]; file: string[] }): string[] {
  const all = [...passages.excerpt, ...passages.file];
  return pieces.length === 1 || passages.file.length === 0 ? all : [...all, joinParagraphs(passages.file)];
}

/** Checks one quote, of one or more paragraphs, against a source text. */
export function checkQuote(quote: string | readonly string[], sourceText: string | StoredText): QuoteCheck {
  const paragraphs = typeof quote === 'string' ? [quote] : quote;
  const passages = storedPassages(sourceText);
  const folded = { excerpt: passages.excerpt.map(normalizeQuoteText), file: passages.file.map(normalizeQuoteText) };
  for (const written of partsOf(paragraphs)) {
    // Quotation marks around the whole quote, or around a part of it, are the page's to add.
    const pieces = written.map((piece, index) => {
      const opened = index === 0 ? piece.replace(LEADING_QUOTE_MARKS, '') : piece;
      return index === written.length - 1 ? opened.replace(TRAILING_QUOTE_MARKS, '') : opened;
    });
    if (isFound(pieces, folded)) continue;
    const part = joinParagraphs(pieces);
    const partWords = words(part);
    const run = closestPassage(partWords, candidatePassages(pieces, passages));
    return {
      found: false,
      part,
      passage: run.join(' '),
      diff: wordDiff(partWords, run),
      acrossExcerptLines: isAcrossExcerptLines(pieces, folded),
    };
  }
  return { found: true };
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

/** What to do about a quote found only by running the lines of an excerpt together. */
function acrossLinesHint(sourceId: string, paragraphs: number): string {
  return paragraphs > 1
    ? `a quote of several paragraphs is checked against consecutive paragraphs of the source's text: give "${sourceId}" its text as content/sources/${sourceId}.txt (a blank line between paragraphs), or quote each passage in a <Said> of its own`
    : `each line of the excerpt of "${sourceId}" is a passage of its own: if two lines are one passage of the source, write them on one line; if not, quote each in a <Said> of its own`;
}

/** The message and hint for a quote not in its source: the full quote, the source ids, the closest passage and the word diff; `noun` is "quote", or "passage" for a claim's backing. */
export function quoteMismatchMessage(args: {
  quote: string | readonly string[];
  sourceIds: string[];
  check: Extract<QuoteCheck, { found: false }>;
  sourceId: string;
  noun?: string;
}): { message: string; hint: string } {
  const { sourceIds, check, sourceId, noun = 'quote' } = args;
  const paragraphs = typeof args.quote === 'string' ? [args.quote] : args.quote;
  const quote = joinParagraphs(paragraphs);
  const sources = sourceIds.map((id) => `"${id}"`).join(' or ');
  const whole = normalizeQuoteText(check.part) === normalizeQuoteText(quote.replace(EDGE_QUOTE_MARKS, ''));
  const missing = whole ? '' : `: no passage holds "${visibleText(check.part)}"`;
  const acrossLines = check.acrossExcerptLines
    ? `${whole ? ':' : ';'} the lines of an excerpt are separate passages, and a quote may not run from one into the next`
    : '';
  const message = `the ${noun} "${visibleText(quote)}" is not in its source ${sources}${missing}${acrossLines}`;
  if (check.acrossExcerptLines) return { message, hint: acrossLinesHint(sourceId, paragraphs.length) };
  if (!check.passage) return { message, hint: `"${sourceId}" has no stored text to compare it with` };
  return {
    message,
    hint: `closest passage in "${sourceId}": "${visibleText(check.passage)}" — differences ([-quote-] {+source+}): ${visibleText(check.diff)}`,
  };
}
