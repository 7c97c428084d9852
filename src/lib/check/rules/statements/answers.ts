import { unknownIdHint } from '../../problems.ts';
import { problemAt } from '../../../content/problem.ts';
import { writtenIdHint } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const answers = defineRule({
  id: 'answers',
  severity: 'error',
  docs: "A statement's `answers` names a statement of this story or another by the id written on it, said no later than the answer.",
  fix: 'Name a statement that exists, as `its-id` or `story-slug#its-id`, with `id="…"` written on its `<Said>`; check the dates.',
  example:
    'answers="every-bolts": the story "sample-story" has no statement "every-bolts"  (did you mean "every-bolt"? written statement ids that exist: every-bolt)',
  check: ({ stories }) =>
    stories.flatMap((story) =>
      story.statements.flatMap((statement): Problem[] => {
        const ref = statement.answers;
        if (!ref) return [];
        const written = statement.found.attributes['answers'] ?? '';
        const target = ref.story ? stories.find((candidate) => candidate.slug === ref.story) : story;
        if (!target) {
          return [
            problemAt(
              statement,
              `answers="${written}": there is no story "${ref.story ?? ''}"`,
              unknownIdHint(
                ref.story ?? '',
                stories.map((candidate) => candidate.slug),
                'story',
              ),
            ),
          ];
        }
        if (target.unparsedIds.has(ref.id)) return [];
        const answered = target.statements.find((candidate) => candidate.id === ref.id);
        if (!answered) {
          return [
            problemAt(
              statement,
              `answers="${written}": the story "${target.slug}" has no statement "${ref.id}"`,
              writtenIdHint(target, ref.id),
            ),
          ];
        }
        if (answered === statement)
          return [problemAt(statement, 'a statement cannot answer itself', 'name the statement it answers')];
        const problems: Problem[] = [];
        if (!answered.idWritten) {
          problems.push(
            problemAt(
              answered,
              `this statement is answered (${statement.file}:${statement.line}) but has no written id`,
              `add id="${answered.id}" to the <Said>: an id made from the words changes when the words are corrected`,
            ),
          );
        }
        if (
          statement.date &&
          answered.date &&
          statement.date.value < answered.date.value.slice(0, statement.date.value.length)
        ) {
          problems.push(
            problemAt(
              statement,
              `dated ${statement.date.value}, before the statement it answers (${answered.date.value})`,
              'check the dates, or what it answers',
            ),
          );
        }
        return problems;
      }),
    ),
});
