import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const asOfAfterPublished = defineRule({
  id: 'as-of-after-published',
  severity: 'error',
  docs: "A story's `asOf` is not after its `published` day: a story cannot be current as of a day after it went out.",
  fix: 'Set `asOf` to the day of publication or earlier, and tell what happened since in `updates`.',
  example:
    'asOf is 2024-05-06, after the story was published on 2024-05-03  (a story is current as of its day of publication at most: set asOf to 2024-05-03 or earlier, and tell what happened since in updates)',
  check: ({ stories }) =>
    stories.flatMap((story) => {
      const index = story.index;
      const front = index?.data;
      const place = index?.place;
      if (!index || !front || !place || front.asOf <= front.published) return [];
      return [
        problemAt(
          { file: index.mdx.file, ...locate(place, ['asOf']) },
          `asOf is ${front.asOf}, after the story was published on ${front.published}`,
          `a story is current as of its day of publication at most: set asOf to ${front.published} or earlier, and tell what happened since in updates`,
        ),
      ];
    }),
});
