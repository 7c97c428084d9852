import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const changeDates = defineRule({
  id: 'change-dates',
  severity: 'error',
  docs: 'Updates and corrections are dated no earlier than the day the story was published, and no later than today.',
  fix: 'Date it on or after `published`, and not later than today.',
  example:
    'the update is dated 2024-05-02, before the story was published (2024-05-03)  (an update tells what changed after publication: write the day it was made, 2024-05-03 or later)',
  check: ({ stories }, { now }) => {
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
  },
});
