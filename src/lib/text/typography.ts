/**
 * The typography of text written in YAML and front matter, made to match the body's: the
 * Markdown of a story is set by the Markdown processor (Sätteri's smart punctuation, with
 * `satteri-typography.ts`), so its quotes are curly, while a title or a source's note reaches the page as typed. `typeset`
 * applies the same conventions to such text before it is shown.
 */

/** Text to leave as written: `code` between backticks, and web addresses. */
const CODE_LIKE = /`[^`]*`|\bhttps?:\/\/[^\s"'<>]*[^\s"'<>.,;:!?)]/g;

/** Before a quote, a start: it opens (`"Hello`, `("Hello`, `—"Hello`). Anything else (a letter, `.`, `!`) and it closes. */
const OPENS_AFTER = /^$|[\s([{<«‘“\u2014\u2013/-]$/u;
/** After a quote that could open, a space or the end: it closes a quotation instead. */
const NOTHING_AFTER = /^(?:$|\s)/u;
/** An apostrophe before a year or a decade cut short: ’90s, ’25. */
const SHORTENED_YEAR = /^\d\d(?:s)?(?![\p{L}\p{N}])/u;

const CURLY = {
  '"': { open: '\u201c', close: '\u201d' },
  "'": { open: '\u2018', close: '\u2019' },
} as const;

/** `text` with its quotes made curly, seen between the text that precedes and follows it. */
function quotes(text: string, before: string, following: string): string {
  let result = before;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char !== '"' && char !== "'") {
      result += char;
      continue;
    }
    const previous = result.slice(-1);
    const after = text.slice(index + 1) + following;
    const curly = CURLY[char];
    const opens =
      OPENS_AFTER.test(previous) && !NOTHING_AFTER.test(after) && !(char === "'" && SHORTENED_YEAR.test(after));
    result += opens ? curly.open : curly.close;
  }
  return result.slice(before.length);
}

/** Two hyphens as an em dash and three dots as an ellipsis, as the body's typography writes them. */
function punctuation(text: string): string {
  return text.replace(/(?<!-)--(?!-)/g, '\u2014').replace(/\.\.\./g, '\u2026');
}

function typesetProse(text: string, before: string, following = ''): string {
  return quotes(punctuation(text), before, following);
}

/**
 * Straight quotes and apostrophes as typographic ones (“…”, ‘…’, Trump’s, ’90s), two hyphens
 * as an em dash and three dots as an ellipsis; code in backticks and web addresses are left
 * as they are. Text that is already typeset comes back unchanged.
 */
export function typeset(text: string): string {
  let result = '';
  let from = 0;
  for (const match of text.matchAll(CODE_LIKE)) {
    result += typesetProse(text.slice(from, match.index), result.slice(-1), match[0]);
    result += match[0];
    from = match.index + match[0].length;
  }
  // A quote next to code or an address sees it: `"https://…"` opens before it and closes after it.
  return result + typesetProse(text.slice(from), result.slice(-1));
}

/** `typeset` for a value that may be absent. */
export function typesetOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : typeset(text);
}

/** A label as the start of a sentence: "checked against …" → "Checked against …". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}
