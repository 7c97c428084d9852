import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const updateReferences = defineRule({
  id: 'update-references',
  severity: 'error',
  docs: "An update's `source` names a source file, and its `story` another story of the site.",
  fix: 'Use a source or story id that exists, or leave out `story:`.',
  example:
    'the update of 2024-05-06 links to the story "bridge-reopens", which does not exist  (story ids that exist: sample-story)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) => {
      const index = story.index;
      if (!index?.data || !index.place) return [];
      const place = index.place;
      const storySlugs = stories.filter((candidate) => candidate.hasIndex).map((candidate) => candidate.slug);
      return index.data.updates.flatMap((update, position): Problem[] => {
        const at = (field: string) => ({ file: index.mdx.file, ...locate(place, ['updates', position, field]) });
        const problems: Problem[] = [];
        if (update.source !== undefined && !sources.has(update.source)) {
          problems.push(
            problemAt(
              at('source'),
              `unknown source "${update.source}" for the update of ${update.date}`,
              unknownIdHint(update.source, [...sources.keys()], 'source'),
            ),
          );
        }
        if (update.story !== undefined && !storySlugs.includes(update.story)) {
          problems.push(
            problemAt(
              at('story'),
              `the update of ${update.date} links to the story "${update.story}", which does not exist`,
              unknownIdHint(update.story, storySlugs, 'story'),
            ),
          );
        } else if (update.story === story.slug) {
          problems.push(
            problemAt(
              at('story'),
              `the update of ${update.date} links to its own story`,
              'name the story that tells what happened next, or leave out story:',
            ),
          );
        }
        return problems;
      });
    }),
});
