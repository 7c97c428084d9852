import { unknownIdHint } from '../../problems.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const unknownSpeakers = defineRule({
  id: 'unknown-speakers',
  severity: 'error',
  docs: "Every statement's `by` names a file of `content/people/`.",
  fix: 'Use one of the ids listed in the hint, or add `content/people/<id>.yaml`.',
  example:
    'unknown person "ana-lopes" in by="ana-lopes"  (did you mean "ana-lopez"? person ids that exist: ana-lopez, silent-sam, zoe-okafor)',
  check: ({ stories, people }) =>
    stories.flatMap((story) =>
      story.statements
        .filter((statement) => !people.has(statement.by))
        .map((statement) =>
          problemAt(
            statement,
            `unknown person "${statement.by}" in by="${statement.by}"`,
            unknownIdHint(statement.by, [...people.keys()], 'person'),
          ),
        ),
    ),
});
