/**
 * Which of a person's dated roles they held on a day, or over a span of days: what the page
 * shows beside a statement, and what the check warns about when a date is too vague to tell.
 */
import type { Person, Role } from '../../schemas/person.ts';
import { firstDay, lastDay } from './dates.ts';

/** The day `days` after `day` (before it when negative), both written YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

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

/**
 * Every role a person held at some time from `from` to `to`, in the order they held them,
 * each once; undefined stands for days on which they held none.
 */
export function rolesDuring(person: Pick<Person, 'roles'>, from: string, to: string): (Role | undefined)[] {
  const boundaries = person.roles.flatMap((role) => [
    ...(role.from ? [firstDay(role.from.value)] : []),
    ...(role.to ? [addDays(lastDay(role.to.value), 1)] : []),
  ]);
  const days = [from, ...boundaries.filter((day) => from < day && day <= to).sort(), to];
  return [...new Set(days.map((day) => roleAt(person, day)))];
}

/**
 * The role a person held on every day from `from` to `to`, or undefined when it changed
 * within them (or they held none): the page never shows a role they may not have held.
 */
export function roleDuring(person: Pick<Person, 'roles'>, from: string, to: string): Role | undefined {
  const roles = rolesDuring(person, from, to);
  return roles.length === 1 ? roles[0] : undefined;
}
