import { problemAt, type Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

const PASSAGE_OR_OURS =
  'add replyPassage="…" with the words in which the source calls it a reply, or replyBasis="ours" when the reply is this explainer’s own reading';

/**
 * A reply says whose reading it is: the source's, in its own words (`replyPassage`), or the
 * explainer's own (`replyBasis="ours"`); one of them, and only with `answers`.
 */
export const replyBasis = defineRule({
  id: 'reply-basis',
  severity: 'error',
  docs: 'A statement that `answers` another says whose reading the reply is: the source\'s, with `replyPassage="…"` (its own words calling it a reply), or the explainer\'s, with `replyBasis="ours"`; one of the two, and neither without `answers`.',
  fix: 'Add `replyPassage="…"` with the words in which the source calls it a reply, or `replyBasis="ours"` when no source says so; remove them from a statement that answers nothing.',
  example:
    'answers="every-bolt" does not say whose reading the reply is  (add replyPassage="…" with the words in which the source calls it a reply, or replyBasis="ours" when the reply is this explainer’s own reading)',
  check: ({ stories }) =>
    stories.flatMap((story) =>
      story.statements.flatMap((statement): Problem[] => {
        const written = statement.found.attributes;
        const passage = statement.replyPassage !== undefined;
        const ours = statement.replyBasis === 'ours';
        if (!statement.answers) {
          const given = [passage && 'replyPassage="…"', ours && 'replyBasis="ours"'].filter(Boolean).join(' and ');
          if (!given) return [];
          return [
            problemAt(
              statement,
              `${given} without answers="…": there is no reply to give a basis for`,
              'name the statement it answers with answers="its-id", or remove it',
            ),
          ];
        }
        if (passage && ours) {
          return [
            problemAt(
              statement,
              `answers="${written['answers'] ?? ''}" has both replyPassage="…" and replyBasis="ours"`,
              'keep replyPassage when the source says it is a reply; replyBasis="ours" only when no source says so',
            ),
          ];
        }
        if (passage || ours) return [];
        return [
          problemAt(
            statement,
            `answers="${written['answers'] ?? ''}" does not say whose reading the reply is`,
            PASSAGE_OR_OURS,
          ),
        ];
      }),
    ),
});
