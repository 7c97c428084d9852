import type { Citation, StatementMode } from '../../../../schemas/statement.ts';
import type { Problem } from '../../../content/problem.ts';
import { checkQuote, quotedWords, quoteMismatchMessage } from '../../quote-match.ts';
import { problemAt } from '../../../content/problem.ts';
import { type ParsedContent, type Rule } from '../../content.ts';

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

/**
 * Every direct quote, every quoted phrase of a paraphrase, every version of a statement and
 * every account of sources that differ is found word for word in the stored text of the
 * source it is taken from (sources with no stored text are not checked).
 */
export const quotesInSources: Rule = ({ stories, sources }) =>
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
      return checkWords({ mode, ...version, at: version }, sources);
    }),
    ...story.accounts.flatMap((account) => checkWords({ mode: 'direct', ...account, at: account }, sources)),
  ]);
