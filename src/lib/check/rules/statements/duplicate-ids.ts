import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import type { ParsedStatement } from '../../content.ts';

/** Statement ids are anchors: unique within a story. */
export const duplicateStatementIds: Rule = ({ stories }) =>
  stories.flatMap((story) => {
    const first = new Map<string, ParsedStatement>();
    return story.statements.flatMap((statement) => {
      const earlier = first.get(statement.id);
      if (!earlier) {
        first.set(statement.id, statement);
        return [];
      }
      return [
        problemAt(
          statement,
          `duplicate statement id "${statement.id}": ${earlier.file}:${earlier.line} has it too`,
          statement.idWritten
            ? 'give each statement its own id'
            : 'the two start with the same words: add id="…" with a different name to one of them',
        ),
      ];
    });
  });
