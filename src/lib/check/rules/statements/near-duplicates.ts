import { editDistance } from '../../../text/edit-distance.ts';
import { normalizeQuoteText } from '../../quote-match.ts';
import { problemAt } from '../../../content/problem.ts';
import { type ParsedStatement } from '../../content.ts';
import { defineRule } from '../../rule.ts';

/** Contractions written out, so that "There's" and "There is" count as the same words. */
const CONTRACTIONS: [RegExp, string][] = [
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
  [/\b(it|that|there|here|what|who|he|she)'s\b/g, '$1 is'],
];

function words(text: string): string[] {
  return CONTRACTIONS.reduce(
    (folded, [pattern, full]) => folded.replace(pattern, full),
    normalizeQuoteText(text).toLowerCase(),
  )
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(' ')
    .filter(Boolean);
}

/** True when two texts differ in at most a quarter of their words, or one holds the other. */
export function nearlyTheSame(a: string, b: string): boolean {
  const left = words(a);
  const right = words(b);
  const shorter = left.length <= right.length ? left : right;
  const longer = shorter === left ? right : left;
  if (shorter.length >= 3 && longer.join(' ').includes(shorter.join(' '))) return true;
  return editDistance(left, right) <= Math.floor(Math.max(left.length, right.length) / 4);
}

/**
 * One speaker, one day, nearly the same words, in one story: most likely one act of speech
 * written twice, which the page would count as two statements. (Two stories may each quote
 * the same words: each page tells it once.)
 */
export const nearDuplicates = defineRule({
  id: 'near-duplicates',
  severity: 'warning',
  docs: 'One speaker, one day and nearly the same words in one story are most likely one statement written twice, which the page would count as two.',
  fix: 'Keep one `<Said id="…">`, and write the other as a `<Version of="…">` of it.',
  example:
    'the same statement twice? content/explainers/sample-story/index.mdx:10 has nearly the same words, by the same speaker on the same day  (make them versions of one: keep one <Said id="…">, and write the other as <Version of="…" source="…">)',
  check: ({ stories }) => {
    const byDay = new Map<string, ParsedStatement[]>();
    for (const statement of stories.flatMap((story) => story.statements)) {
      if (!statement.date || statement.date.precision !== 'day') continue;
      const key = `${statement.story} ${statement.by} ${statement.date.value}`;
      const earlier = byDay.get(key) ?? [];
      byDay.set(key, [...earlier, statement]);
    }
    return [...byDay.values()].flatMap((group) =>
      group.flatMap((statement, index) => {
        const twin = group.slice(0, index).find((earlier) => nearlyTheSame(earlier.text, statement.text));
        if (!twin) return [];
        return [
          problemAt(
            statement,
            `the same statement twice? ${twin.file}:${twin.line} has nearly the same words, by the same speaker on the same day`,
            `make them versions of one: keep one <Said id="…">, and write the other as <Version of="…" source="…">`,
            'warning',
          ),
        ];
      }),
    );
  },
});
