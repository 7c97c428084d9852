import { checkPassage } from '../../passages.ts';
import { defineRule } from '../../rule.ts';

/** The words in which a source calls a statement a reply are in that source's stored text. */
export const replyPassages = defineRule({
  id: 'reply-passages',
  severity: 'error',
  docs: "A statement's `replyPassage`, the words in which its source calls it a reply, is in that source's stored text, which the source must have.",
  fix: 'Copy the words exactly from the source (the hint shows its closest passage), or add them to the source\'s `excerpt:` or its `.txt`; when no source says it is a reply, write `replyBasis="ours"` instead.',
  example:
    'the reply passage "In answer to the mayor" is not in its source "council-radio-2024-05-01"  (closest passage in "council-radio-2024-05-01": "Replying to the mayor," — differences ([-quote-] {+source+}): [-In-] [-answer-] {+Replying+} to the mayor,)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) =>
      story.statements.flatMap((statement) =>
        statement.replyPassage === undefined
          ? []
          : checkPassage(
              { noun: 'reply passage', words: statement.replyPassage, source: statement.source, at: statement },
              sources,
            ),
      ),
    ),
});
