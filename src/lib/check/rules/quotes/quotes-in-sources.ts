import type { Citation, StatementMode } from '../../../../schemas/statement.ts';
import type { Problem } from '../../../content/problem.ts';
import { checkQuote, quotedWords, quoteMismatchMessage } from '../../quote-match.ts';
import { problemAt } from '../../../content/problem.ts';
import { type ParsedContent } from '../../content.ts';
import { defineRule } from '../../rule.ts';

interface Words {
  mode: StatementMode;
  text: string;
  /** The same words, one text per paragraph: a direct quote is checked paragraph break for break. */
  paragraphs: readonly string[];
  source: Citation[];
  at: { file: string; line: number; column: number };
}

/** The words, checked against the stored text of the sources they are taken from. */
function checkWords({ mode, text, paragraphs, source, at }: Words, sources: ParsedContent['sources']): Problem[] {
  const texts = source.flatMap(({ source: id }) => {
    const stored = sources.get(id)?.text;
    return stored ? [{ id, text: stored }] : [];
  });
  const [first] = texts;
  if (!first) return [];
  const quotes = mode === 'direct' && paragraphs.length > 1 ? [paragraphs] : quotedWords({ mode, text });
  return quotes.flatMap((quote) => {
    const checks = texts.map(({ text: stored }) => checkQuote(quote, stored));
    const mismatch = checks[0];
    if (checks.some((check) => check.found) || !mismatch || mismatch.found) return [];
    const { message, hint } = quoteMismatchMessage({
      quote,
      sourceIds: texts.map(({ id }) => id),
      check: mismatch,
      sourceId: first.id,
    });
    return [problemAt(at, message, hint)];
  });
}

export const quotesInSources = defineRule({
  id: 'quotes-in-sources',
  severity: 'error',
  docs: "Every direct quote, quoted phrase of a paraphrase, version and account is found word for word in the stored text of its source (sources without a stored text are not checked); a block quote of several paragraphs is found in consecutive paragraphs of the source's `.txt`, break for break.",
  fix: "Copy the words exactly from the source: the hint shows its closest passage and how the two differ. Quote several paragraphs only from a source's `.txt`, never from the lines of an `excerpt:`.",
  example:
    'the quote "We have checked every single bolt." is not in its source "town-gazette-2024-05-02"  (closest passage in "town-gazette-2024-05-02": "“We have checked every bolt.”" — differences ([-quote-] {+source+}): “We have checked every [-single-] bolt.”)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) => [
      ...story.statements.flatMap((statement) =>
        checkWords(
          {
            mode: statement.mode,
            text: statement.text,
            paragraphs: statement.found.paragraphs,
            source: statement.source,
            at: statement,
          },
          sources,
        ),
      ),
      ...story.versions.flatMap((version) => {
        const mode = story.statements.find((statement) => statement.id === version.of)?.mode ?? 'direct';
        return checkWords(
          { mode, text: version.text, paragraphs: version.paragraphs, source: version.source, at: version },
          sources,
        );
      }),
      ...story.accounts.flatMap((account) =>
        checkWords(
          { mode: 'direct', text: account.text, paragraphs: account.paragraphs, source: account.source, at: account },
          sources,
        ),
      ),
    ]),
});
