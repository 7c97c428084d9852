import { problemAt } from '../../../content/problem.ts';
import type { ParsedStatement } from '../../content.ts';
import { defineRule } from '../../rule.ts';

export const duplicateStatementIds = defineRule({
  id: 'duplicate-statement-ids',
  severity: 'error',
  docs: "Each statement's id, its anchor on the page, is unique in its story.",
  fix: 'Give one of the two statements its own `id="…"`.',
  example:
    'duplicate statement id "every-bolt": content/explainers/sample-story/index.mdx:10 has it too  (give each statement its own id)',
  check: ({ stories }) =>
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
    }),
});
