import type { Statement } from '../../schemas/statement.ts';
import { editDistance, type Problem } from './problems.ts';
import type { ContentModel } from './validate.ts';

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

/** The words that must appear in a source: a whole direct quote, or the quoted fragments of a paraphrase. */
export function quotedWords(statement: Pick<Statement, 'mode' | 'text'>): string[] {
  if (statement.mode === 'direct') return [statement.text];
  return [...normalizeQuoteText(statement.text).matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** The passage of `text` whose words are closest to `quote`'s, for showing what the source says. */
export function closestPassage(quote: string, text: string): string {
  const quoteWords = normalizeQuoteText(quote).split(' ');
  const words = normalizeQuoteText(text).split(' ');
  const size = Math.min(quoteWords.length, words.length);
  let best = { start: 0, distance: Number.POSITIVE_INFINITY };
  for (let start = 0; start + size <= words.length; start++) {
    const distance = editDistance(quoteWords, words.slice(start, start + size));
    if (distance < best.distance) best = { start, distance };
  }
  return words.slice(best.start, best.start + size).join(' ');
}

/** Checks every quotation against the stored text of its sources; a mismatch is an error. */
export function verifyQuotes(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  for (const story of model.stories) {
    for (const statement of story.statements) {
      const texts = statement.source
        .map((id) => ({ id, text: model.sources.get(id)?.text }))
        .filter((source): source is { id: string; text: string } => Boolean(source.text));
      if (texts.length === 0) continue;
      for (const words of quotedWords(statement)) {
        const wanted = normalizeQuoteText(words);
        if (texts.some(({ text }) => normalizeQuoteText(text).includes(wanted))) continue;
        const first = texts[0];
        if (!first) continue;
        problems.push({
          severity: 'error',
          file: statement.file,
          line: statement.line,
          column: 1,
          message: `the quote "${words.length > 80 ? `${words.slice(0, 77)}…` : words}" is not in its source ${texts
            .map(({ id }) => `"${id}"`)
            .join(' or ')}`,
          hint: `the closest passage in "${first.id}" reads: "${closestPassage(words, first.text)}"`,
        });
      }
    }
  }
  return problems;
}
