import { checkQuote, quotedWords, quoteMismatchMessage } from '../../quote-match.ts';
import { problemAt, type Rule } from '../../content.ts';

/**
 * Every direct quote, and every quoted phrase of a paraphrase, is found word for word in
 * the stored text of one of its sources (sources with no stored text are not checked).
 */
export const quotesInSources: Rule = ({ stories, sources }) =>
  stories.flatMap((story) =>
    story.statements.flatMap((statement) => {
      const texts = statement.source.flatMap((id) => {
        const text = sources.get(id)?.text;
        return text ? [{ id, text }] : [];
      });
      const [first] = texts;
      if (!first) return [];
      return quotedWords(statement).flatMap((quote) => {
        const checks = texts.map(({ text }) => checkQuote(quote, text));
        const mismatch = checks[0];
        if (checks.some((check) => check.found) || !mismatch || mismatch.found) return [];
        const { message, hint } = quoteMismatchMessage({
          quote,
          sourceIds: texts.map(({ id }) => id),
          check: mismatch,
          sourceId: first.id,
        });
        return [problemAt(statement, message, hint)];
      });
    }),
  );
