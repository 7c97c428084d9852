import { firstDay } from '../../../text/dates.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const storyDates = defineRule({
  id: 'story-dates',
  severity: 'error',
  docs: 'A story is not published or current as of a day still to come, and none of its statements, section periods and main sources is dated after its `asOf`.',
  fix: 'Fix the date, or bring `asOf` forward to the day the story is current as of.',
  example:
    "dated 2024-05-05, after the story's asOf (2024-05-03)  (bring asOf in content/explainers/sample-story/index.mdx forward to the day the story is current as of, or check the date)",
  check: ({ stories, sources }, { now }) => {
    const today = now.toISOString().slice(0, 10);
    return stories.flatMap((story) => {
      const index = story.index;
      const front = index?.data;
      if (!index || !front || !index.place) return [];
      const place = index.place;
      const at = (field: string) => ({ file: index.mdx.file, ...locate(place, [field]) });
      const problems: Problem[] = [];
      for (const field of ['published', 'asOf'] as const) {
        if (front[field] > today) {
          problems.push(
            problemAt(
              at(field),
              `${field} is ${front[field]}, a day still to come (today is ${today})`,
              `write the day it ${field === 'published' ? 'was published' : 'is current as of'}, today or earlier`,
            ),
          );
        }
      }
      for (const statement of story.statements) {
        if (statement.date && firstDay(statement.date.value) > front.asOf) {
          problems.push(
            problemAt(
              statement,
              `dated ${statement.date.value}, after the story's asOf (${front.asOf})`,
              `bring asOf in ${index.mdx.file} forward to the day the story is current as of, or check the date`,
            ),
          );
        }
      }
      for (const section of story.sections) {
        const end = section.data?.period?.to ?? section.data?.period?.from;
        if (end && end > front.asOf && section.place) {
          problems.push(
            problemAt(
              { file: section.mdx.file, ...locate(section.place, ['period']) },
              `the section's period runs to ${end}, after the story's asOf (${front.asOf})`,
              `bring asOf in ${index.mdx.file} forward, or check the period`,
            ),
          );
        }
      }
      for (const [position, id] of front.sources.entries()) {
        const date = sources.get(id)?.data?.date;
        if (date && date > front.asOf) {
          problems.push(
            problemAt(
              { file: index.mdx.file, ...locate(place, ['sources', position]) },
              `the main source "${id}" was published on ${date}, after the story's asOf (${front.asOf})`,
              'bring asOf forward to cover every source the story is built on',
            ),
          );
        }
      }
      return problems;
    });
  },
});
