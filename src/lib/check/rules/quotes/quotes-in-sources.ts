import type { Citation, StatementMode } from '../../../../schemas/statement.ts';
import type { Problem } from '../../../content/problem.ts';
import { checkQuote, quotedWords, quoteMismatchMessage } from '../../quote-match.ts';
import { problemAt } from '../../../content/problem.ts';
import { type ParsedContent } from '../../content.ts';
import { defineRule } from '../../rule.ts';

interface Words {
  mode: StatementMode;
  text: string;
  source: Citation[];
  at: { file: string; line: number; column: number };
}

/** The words, checked against the stored text of the sources they are taken from. */
function checkWords({ mode, text, source, at }: Words, sources: ParsedContent['sources']): Problem[] {
  const texts = source.flatMap(({ source: id }) => {
    const stored = sources.get(id)?.text;
    return stored ? [{ id, text: stored }] : [];
  });
  const [first] = texts;
  if (!first) return [];
  return quotedWords({ mode, text }).flatMap((quote) => {
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
  docs: 'Every direct quote, quoted phrase of a paraphrase, version and account is found word for word in the stored text of its source (sources without a stored text are not checked).',
  fix: 'Copy the words exactly from the source: the hint shows its closest passage and how the two differ.',
  example:
    'the quote "We have checked every single bolt." is not in its source "town-gazette-2024-05-02"  (closest passage in "town-gazette-2024-05-02": "“We have checked every bolt.”" — differences ([-quote-] {+source+}): “We have checked every [-single-] bolt.”)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) => [
      ...story.statements.flatMap((statement) =>
        checkWords({ mode: statement.mode, text: statement.text, source: statement.source, at: statement }, sources),
      ),
      ...story.versions.flatMap((version) => {
        const mode = story.statements.find((statement) => statement.id === version.of)?.mode ?? 'direct';
        return checkWords({ mode, text: version.text, source: version.source, at: version }, sources);
      }),
      ...story.accounts.flatMap((account) =>
        checkWords({ mode: 'direct', text: account.text, source: account.source, at: account }, sources),
      ),
    ]),
});
