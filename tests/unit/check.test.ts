import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { parseMdx } from '../../src/lib/mdx.ts';
import { formatProblem, formatReport, type Problem } from '../../src/lib/check/problems.ts';
import { loadedVerbWarnings } from '../../src/lib/check/style-warnings.ts';
import { closestPassage, normalizeQuoteText, quotedWords } from '../../src/lib/check/verify-quotes.ts';

describe('quote comparison', () => {
  it('folds spaces, curly quotes, dashes and ellipses, and nothing else', () => {
    expect(normalizeQuoteText('“It’s  done” — she said…')).toBe(`"It's done" - she said...`);
    expect(normalizeQuoteText('Peace')).not.toBe(normalizeQuoteText('peace'));
  });
  it('checks a whole direct quote, and only the quoted fragments of a paraphrase', () => {
    expect(quotedWords({ mode: 'direct', text: 'It could happen.' })).toEqual(['It could happen.']);
    expect(quotedWords({ mode: 'paraphrase', text: 'he has “great respect” for him and "trusts" him' })).toEqual([
      'great respect',
      'trusts',
    ]);
    expect(quotedWords({ mode: 'paraphrase', text: 'he wants to talk' })).toEqual([]);
  });
  it('finds the passage of a source closest to a misquote', () => {
    const source = 'Working contact with the Americans is ongoing. The issue is on the agenda, but has not yet moved.';
    expect(closestPassage('The issue is on the agendas', source)).toBe('The issue is on the agenda,');
  });
});

describe('loaded attribution verbs', () => {
  const tree = (text: string) => parseMdx('story.mdx', text).tree;
  it('are flagged in the prose with their line and column', () => {
    const problems = loadedVerbWarnings(
      'story.mdx',
      tree('First line.\n\nThe aide claimed that talks\ncontinue; he insisted.'),
    );
    expect(problems.map((p) => [p.line, p.column, p.message.split(' ')[0]])).toEqual([
      [3, 10, '"claimed"'],
      [4, 14, '"insisted"'],
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });
  it('are allowed inside quotation marks and statements', () => {
    const text =
      'The report says he "admitted" it. <Said by="a" mode="direct" source="s">We never claimed that.</Said>';
    expect(loadedVerbWarnings('story.mdx', tree(text))).toEqual([]);
  });
});

describe('the report', () => {
  const error: Problem = { severity: 'error', file: 'a.mdx', line: 3, column: 7, message: 'bad', hint: 'fix it' };
  const warning: Problem = { severity: 'warning', file: 'a.mdx', line: 1, column: 1, message: 'meh' };
  it('prints file:line:col, the message and the hint', () => {
    expect(formatProblem(error)).toBe('a.mdx:3:7  bad  (fix it)');
    expect(formatProblem(warning)).toBe('a.mdx:1:1  warning: meh');
  });
  it('sorts by place and counts errors and warnings', () => {
    expect(formatReport([error, warning]).split('\n')).toEqual([
      'a.mdx:1:1  warning: meh',
      'a.mdx:3:7  bad  (fix it)',
      '1 error, 1 warning in the content.',
    ]);
  });
});

describe('warnings that age with the story', () => {
  const valid = new URL('../fixtures/valid/', import.meta.url).pathname;
  const warnings = (now: string) =>
    checkContent(valid, { now: new Date(now), staleAfterDays: 180 }).problems.filter((p) => p.severity === 'warning');

  it('say nothing while the story is recent', () => {
    expect(warnings('2024-06-01').map((p) => p.message)).toEqual([]);
  });
  it('flag future tense in statements once the story is older than the set age', () => {
    const messages = warnings('2025-06-01').map((p) => p.message);
    expect(messages).toEqual(['"will" in a statement of a story that is as of 2024-05-03, 394 days ago']);
  });
});
