import { firstDay } from '../../../text/dates.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** A source cannot report what had not yet been said. */
export const datedAfterSource: Rule = ({ stories, sources }) =>
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
  );
