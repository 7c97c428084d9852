import { firstDay, formatDate, lastDay } from '../../../text/dates.ts';
import { rolesDuring } from '../../../text/roles-held.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/**
 * A statement dated only to a month or a year in which its speaker's role changed cannot show
 * the role held when it was said: the page shows none (it never shows a role the speaker may
 * not have held), and the check asks for the day.
 */
export const roleChangedWithinDate: Rule = ({ stories, people }) =>
  stories.flatMap((story) =>
    story.statements.flatMap((statement) => {
      const { date } = statement;
      const person = people.get(statement.by)?.data;
      if (!date || date.precision === 'day' || !person) return [];
      const roles = rolesDuring(person, firstDay(date.value), lastDay(date.value));
      if (roles.length < 2) return [];
      const held = roles.map((role) => (role ? `"${role.title}"` : 'holding no role')).join(' to ');
      const span = date.precision === 'month' ? 'a month' : 'a year';
      const day = date.precision === 'month' ? `${date.value}-DD` : `${date.value}-MM-DD`;
      return [
        problemAt(
          statement,
          `dated only to ${formatDate(date.value)}, ${span} in which ${person.name} went from ${held}: the page shows no role for the statement`,
          `write the day it was said, date="${day}", and the page shows the role held that day`,
          'warning',
        ),
      ];
    }),
  );
