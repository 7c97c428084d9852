import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';

/**
 * Updates and corrections come after the story: each is dated no earlier than the day the
 * story was published, and no later than today.
 */
export const changeDates: Rule = ({ stories }, { now }) => {
  const today = now.toISOString().slice(0, 10);
  return stories.flatMap((story) => {
    const index = story.index;
    const front = index?.data;
    if (!index || !front || !index.place) return [];
    const place = index.place;
    const changes = [
      ...front.updates.map((update, position) => ({ field: 'updates', what: 'update', date: update.date, position })),
      ...front.corrections.map((correction, position) => ({
        field: 'corrections',
        what: 'correction',
        date: correction.date,
        position,
      })),
    ];
    return changes.flatMap(({ field, what, date, position }): Problem[] => {
      const at = { file: index.mdx.file, ...locate(place, [field, position, 'date']) };
      if (date < front.published) {
        return [
          problemAt(
            at,
            `the ${what} is dated ${date}, before the story was published (${front.published})`,
            `an ${what} tells what changed after publication: write the day it was made, ${front.published} or later`,
          ),
        ];
      }
      if (date > today) {
        return [
          problemAt(
            at,
            `the ${what} is dated ${date}, a day still to come (today is ${today})`,
            `write the day it was made, today or earlier`,
          ),
        ];
      }
      return [];
    });
  });
};
