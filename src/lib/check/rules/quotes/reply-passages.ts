import { checkPassage } from '../../passages.ts';
import type { Rule } from '../../content.ts';

/** The words in which a source calls a statement a reply are in that source's stored text. */
export const replyPassagesInSources: Rule = ({ stories, sources }) =>
  stories.flatMap((story) =>
    story.statements.flatMap((statement) =>
      statement.replyPassage === undefined
        ? []
        : checkPassage(
            { noun: 'reply passage', words: statement.replyPassage, source: statement.source, at: statement },
            sources,
          ),
    ),
  );
