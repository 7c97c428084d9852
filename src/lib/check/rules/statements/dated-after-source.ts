import { firstDay } from '../../../text/dates.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const datedAfterSource = defineRule({
  id: 'dated-after-source',
  severity: 'error',
  docs: 'A statement is dated no later than the day its sources were published.',
  fix: 'A source cannot report what had not been said yet: fix the date or the source.',
  example:
    'dated 2024-05-03, after its source "town-gazette-2024-05-02" was published on 2024-05-02  (a source cannot report what had not yet been said: check the date or the source)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) =>
      story.statements.flatMap((statement) => {
        const { date } = statement;
        if (!date) return [];
        return statement.source.flatMap(({ source: id }) => {
          const published = sources.get(id)?.data?.date;
          if (!published || firstDay(date.value) <= published) return [];
          return [
            problemAt(
              statement,
              `dated ${date.value}, after its source "${id}" was published on ${published}`,
              'a source cannot report what had not yet been said: check the date or the source',
            ),
          ];
        });
      }),
    ),
});
