import type { PartialDate } from '../../schemas/common.ts';
import type { Person, Role } from '../../schemas/person.ts';
import { firstDay, lastDay } from '../text/dates.ts';

/**
 * The role a person held on a day: the one whose dates cover it, the latest to start if
 * several do. A day outside every role gives undefined, so the page never shows an office
 * the person did not hold at the time.
 */
export function roleAt(person: Pick<Person, 'roles'>, day: string): Role | undefined {
  const covering = person.roles.filter(
    (role) => (!role.from || firstDay(role.from.value) <= day) && (!role.to || day <= lastDay(role.to.value)),
  );
  return covering.sort((a, b) => (b.from?.value ?? '').localeCompare(a.from?.value ?? ''))[0];
}

/** The name a story uses on second mention. */
export function shortNameOf(person: Pick<Person, 'name' | 'shortName'>): string {
  return person.shortName ?? person.name.split(/\s+/).at(-1) ?? person.name;
}

/** How far back an undated statement may have been said before the source that reports it. */
export const UNDATED_WINDOW_DAYS = 30;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The days on which a statement may have been said: its date, the whole month or year of a
 * partial one, or, with no date, the days before its source that reports it.
 */
export function statementWindow(date: PartialDate | undefined, sourceDate: string): { from: string; to: string } {
  if (date) return { from: firstDay(date.value), to: lastDay(date.value) };
  return { from: addDays(sourceDate, -UNDATED_WINDOW_DAYS), to: sourceDate };
}

/**
 * The role a person held on every day from `from` to `to`, or undefined when it changed
 * within them (or they held none): the page never shows a role they may not have held.
 */
export function roleDuring(person: Pick<Person, 'roles'>, from: string, to: string): Role | undefined {
  const boundaries = person.roles.flatMap((role) => [
    ...(role.from ? [firstDay(role.from.value)] : []),
    ...(role.to ? [addDays(lastDay(role.to.value), 1)] : []),
  ]);
  const days = [from, to, ...boundaries.filter((day) => from < day && day <= to)];
  const roles = new Set(days.map((day) => roleAt(person, day)));
  return roles.size === 1 ? roleAt(person, from) : undefined;
}
