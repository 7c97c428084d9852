import { checkPassage } from '../../passages.ts';
import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt, type Problem } from '../../../content/problem.ts';
import type { ParsedContent, ParsedStory } from '../../content.ts';
import { defineRule } from '../../rule.ts';

/** The problems of one story's facts box: its people, its dates, and the source of its outcome. */
function factsProblems(story: ParsedStory, { people, sources }: ParsedContent): Problem[] {
  const index = story.index;
  const facts = index?.data?.facts;
  const place = index?.place;
  if (!index || !facts || !place) return [];
  const at = (...path: (string | number)[]) => ({ file: index.mdx.file, ...locate(place, ['facts', ...path]) });
  const problems: Problem[] = [];
  (facts.who ?? []).forEach((person, position) => {
    if (people.has(person)) return;
    problems.push(
      problemAt(
        at('who', position),
        `facts: unknown person "${person}"`,
        unknownIdHint(person, [...people.keys()], 'person'),
      ),
    );
  });
  const last = facts.when?.to ?? facts.when?.from;
  if (last !== undefined && index.data && last > index.data.asOf) {
    problems.push(
      problemAt(
        at('when'),
        `facts: "when" runs to ${last}, after the story's asOf (${index.data.asOf})`,
        'bring asOf forward, or check the date',
      ),
    );
  }
  const outcome = facts.outcome;
  if (outcome) {
    if (!sources.has(outcome.source)) {
      problems.push(
        problemAt(
          at('outcome', 'source'),
          `facts: unknown source "${outcome.source}" for the outcome`,
          unknownIdHint(outcome.source, [...sources.keys()], 'source'),
        ),
      );
    }
    problems.push(
      ...checkPassage(
        {
          noun: 'outcome passage',
          words: outcome.passage,
          source: [{ source: outcome.source, citing: [] }],
          at: at('outcome', 'passage'),
        },
        sources,
      ),
    );
  }
  return problems;
}

/** A story's facts box names people and a source that exist, and its outcome is backed by the source's words. */
export const facts = defineRule({
  id: 'facts',
  severity: 'error',
  docs: "A story's `facts:` box names people who exist (`who`), ends by the story's `asOf` (`when`), and backs its `outcome` with a passage of a source's stored text, as a `<Cite>` does.",
  fix: 'Use person and source ids that exist, and copy the passage exactly from the source.',
  example:
    'facts: unknown person "ana-lopes"  (did you mean "ana-lopez"? person ids that exist: ana-lopez, silent-sam, zoe-okafor)',
  check: (content) => content.stories.flatMap((story) => factsProblems(story, content)),
});
