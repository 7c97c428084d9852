import type { Person, Role } from '../schemas/person.ts';

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

/** The first day a partial date can mean: "2012-05" → "2012-05-01". */
export function firstDay(value: string): string {
  return `${value}-01-01`.slice(0, 10);
}

/** The last day a partial date can mean: "2008" → "2008-12-31", "2025-02" → "2025-02-28". */
export function lastDay(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (day) return value;
  const end = new Date(Date.UTC(year ?? 0, month ?? 12, 0));
  return end.toISOString().slice(0, 10);
}

/** The name a story uses on second mention. */
export function shortNameOf(person: Pick<Person, 'name' | 'shortName'>): string {
  return person.shortName ?? person.name.split(/\s+/).at(-1) ?? person.name;
}
