import type { PartialDate } from '../../schemas/common.ts';
import type { Person } from '../../schemas/person.ts';
import { firstDay, lastDay } from '../text/dates.ts';
import { addDays } from '../text/roles-held.ts';

export { roleAt, roleDuring } from '../text/roles-held.ts';

/** The name a story uses on second mention. */
export function shortNameOf(person: Pick<Person, 'name' | 'shortName'>): string {
  return person.shortName ?? person.name.split(/\s+/).at(-1) ?? person.name;
}

/** How far back an undated statement may have been said before the source that reports it. */
export const UNDATED_WINDOW_DAYS = 30;

/**
 * The days on which a statement may have been said: its date, the whole month or year of a
 * partial one, or, with no date, the days before its source that reports it.
 */
export function statementWindow(date: PartialDate | undefined, sourceDate: string): { from: string; to: string } {
  if (date) return { from: firstDay(date.value), to: lastDay(date.value) };
  return { from: addDays(sourceDate, -UNDATED_WINDOW_DAYS), to: sourceDate };
}
