import { firstDay, formatDate, lastDay } from '../../../text/dates.ts';
import { rolesDuring } from '../../../text/roles-held.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/**
 * The page never shows a role the speaker may not have held, so a statement dated too vaguely
 * to tell which of two roles was held shows none: the check asks for the day.
 */
export const roleChangedWithinDate = defineRule({
  id: 'role-changed-within-date',
  severity: 'warning',
  docs: "A statement dated only to a month or a year in which its speaker's role changed shows no role beside it: the check names both roles and asks for the day.",
  fix: 'Write the day the words were said, e.g. `date="2026-02-14"`, and the page shows the role held that day.',
  example:
    'dated only to May 2024, a month in which Ana López went from "Deputy mayor" to "Mayor": the page shows no role for the statement  (write the day it was said, date="2024-05-DD", and the page shows the role held that day)',
  check: ({ stories, people }) =>
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
    ),
});
