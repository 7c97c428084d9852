import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const unknownMainSources = defineRule({
  id: 'unknown-main-sources',
  severity: 'error',
  docs: "The story's `sources:` name source files.",
  fix: 'Use one of the ids listed in the hint, or add `content/sources/<id>.yaml`.',
  example:
    'unknown source "town-gazette-2024-05-03" in the story\'s sources  (did you mean "town-gazette-2024-05-02"? source ids that exist: council-radio-2024-05-01, town-gazette-2024-05-02)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) => {
      const index = story.index;
      if (!index?.data || !index.place) return [];
      const place = index.place;
      return index.data.sources.flatMap((id, position) =>
        sources.has(id)
          ? []
          : [
              problemAt(
                { file: index.mdx.file, ...locate(place, ['sources', position]) },
                `unknown source "${id}" in the story's sources`,
                unknownIdHint(id, [...sources.keys()], 'source'),
              ),
            ],
      );
    }),
});
