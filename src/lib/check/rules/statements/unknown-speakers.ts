import { unknownIdHint } from '../../problems.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** Every statement's `by` names a person file. */
export const unknownSpeakers: Rule = ({ stories, people }) =>
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
  );
