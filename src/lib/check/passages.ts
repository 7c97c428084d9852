/**
 * Passages that must be in a source's stored text: the words a `<Cite>` says back the story's
 * claim, and the words with which a source calls a statement a reply. They are found as quotes
 * are (see quote-match.ts); unlike a quote, a passage cannot go unchecked: the source must
 * have a stored text to find it in.
 */
import type { Citation } from '../../schemas/statement.ts';
import { problemAt, type Problem } from '../content/problem.ts';
import type { ParsedContent } from './content.ts';
import { checkQuote, quoteMismatchMessage } from './quote-match.ts';

export interface Passage {
  /** What the words are called in messages: "passage", "reply passage". */
  noun: string;
  words: string;
  source: readonly Citation[];
  at: { file: string; line: number; column: number };
}

/** The passage, found in the stored text of one of its sources; or what is wrong. */
export function checkPassage({ noun, words, source, at }: Passage, sources: ParsedContent['sources']): Problem[] {
  // A source that does not exist is reported by the rule on unknown sources.
  const known = source.filter(({ source: id }) => sources.has(id));
  const [first] = known;
  if (!first) return [];
  const texts = known.flatMap(({ source: id }) => {
    const text = sources.get(id)?.text;
    return text ? [{ id, text }] : [];
  });
  const ids = known.map(({ source: id }) => `"${id}"`).join(' or ');
  if (texts.length === 0) {
    return [
      problemAt(
        at,
        `the ${noun} "${words}" cannot be checked: ${ids} has no stored text`,
        `add the passage, word for word, to excerpt: in content/sources/${first.source}.yaml, or the whole text to content/sources/${first.source}.txt`,
      ),
    ];
  }
  const checks = texts.map(({ text }) => checkQuote(words, text));
  const mismatch = checks[0];
  if (checks.some((check) => check.found) || !mismatch || mismatch.found) return [];
  const { message, hint } = quoteMismatchMessage({
    quote: words,
    sourceIds: texts.map(({ id }) => id),
    check: mismatch,
    sourceId: texts[0]?.id ?? first.source,
    noun,
  });
  return [problemAt(at, message, hint)];
}
