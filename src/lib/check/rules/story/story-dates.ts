import { firstDay } from '../../../text/dates.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';

/**
 * A story's dates agree with each other and with the calendar: it is not published or
 * current as of a day still to come, nor current as of a day after it was published, and
 * nothing in it happened after the day it is as of.
 */
export const storyDates: Rule = ({ stories, sources }, { now }) => {
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
    if (front.asOf > front.published) {
      problems.push(
        problemAt(
          at('asOf'),
          `asOf is ${front.asOf}, after the story was published on ${front.published}`,
          `a story is current as of its day of publication at most: set asOf to ${front.published} or earlier, and tell what happened since in updates`,
        ),
      );
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
};
