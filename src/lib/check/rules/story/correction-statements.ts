import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { writtenIdHint } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/**
 * Each statement a correction names is a statement of the story, by the id written on it:
 * the page marks it and links it to the correction, and an id made from the words would
 * change with the very words the correction put right.
 */
export const correctionStatements = defineRule({
  id: 'correction-statements',
  severity: 'error',
  docs: 'Each statement a correction names is a statement of the story, named by the id written on its `<Said>`.',
  fix: 'Name a statement by the `id="…"` written on its `<Said>`, or write on the `<Said>` the id the hint gives.',
  example:
    'the correction of 2024-05-06 names the statement "every-bolts", which the story does not have  (did you mean "every-bolt"? written statement ids that exist: every-bolt)',
  check: ({ stories }) =>
    stories.flatMap((story) => {
      const index = story.index;
      if (!index?.data || !index.place) return [];
      const place = index.place;
      return index.data.corrections.flatMap((correction, number) =>
        correction.statements.flatMap((id, position): Problem[] => {
          const at = { file: index.mdx.file, ...locate(place, ['corrections', number, 'statements', position]) };
          if (story.unparsedIds.has(id)) return [];
          const statement = story.statements.find((candidate) => candidate.id === id);
          if (!statement) {
            return [
              problemAt(
                at,
                `the correction of ${correction.date} names the statement "${id}", which the story does not have`,
                writtenIdHint(story, id),
              ),
            ];
          }
          if (!statement.idWritten) {
            return [
              problemAt(
                statement,
                `this statement is named by a correction (${index.mdx.file}:${at.line}) but has no written id`,
                `add id="${statement.id}" to the <Said>: an id made from the words changes when the words are corrected`,
              ),
            ];
          }
          return [];
        }),
      );
    }),
});
