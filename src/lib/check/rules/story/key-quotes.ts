import { closeMatch } from '../../../text/edit-distance.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt, type Problem } from '../../../content/problem.ts';
import type { ParsedContent, ParsedStory } from '../../content.ts';
import { defineRule } from '../../rule.ts';

/** A story's `keyQuote` names one of its own statements, and a quote: the home page shows its words as said. */
function keyQuoteProblem(story: ParsedStory): Problem | undefined {
  const index = story.index;
  const wanted = index?.data?.keyQuote;
  if (!index || wanted === undefined) return undefined;
  const at = index.place
    ? { file: index.mdx.file, ...locate(index.place, ['keyQuote']) }
    : { file: story.file, line: 1, column: 1 };
  const statement = story.statements.find((one) => one.id === wanted);
  if (!statement) {
    const meant = closeMatch(
      wanted,
      story.statements.map((one) => one.id),
    );
    return problemAt(
      at,
      `keyQuote "${wanted}" is no statement of this story`,
      meant
        ? `did you mean "${meant}"?`
        : 'give the id of one of its quotes: write id="…" on the <Said> and the same id here',
    );
  }
  if (statement.mode !== 'direct') {
    return problemAt(
      at,
      `keyQuote "${wanted}" is a paraphrase: the home page shows a key quote as the speaker's own words`,
      'name a statement with mode="direct", or leave keyQuote out to show the story\'s first quote',
    );
  }
  return undefined;
}

export const keyQuotes = defineRule({
  id: 'key-quotes',
  severity: 'error',
  docs: 'A story\'s `keyQuote` names one of its own quotes (mode="direct"): the home page shows it under the story.',
  fix: 'Write the id of a quote of the story, as given by id="…" on its <Said>, or leave keyQuote out.',
  example: 'keyQuote "every-bolts" is no statement of this story  (did you mean "every-bolt"?)',
  check: ({ stories }: ParsedContent) => stories.flatMap((story) => keyQuoteProblem(story) ?? []),
});
