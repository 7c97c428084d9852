import type { Person, Role } from '../schemas/person.ts';

/**
 * The role a person held on a day: the one whose dates cover it, the latest to start if
 * several do. A day outside every role gives undefined, so the page never shows an office
 * the person did not hold at the time.
 */
export function roleAt(person: Pick<Person, 'roles'>, day: string): Role | undefined {
  const covering = person.roles.filter((role) => (!role.from || role.from <= day) && (!role.to || day <= role.to));
  return covering.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
}

/** The name a story uses on second mention. */
export function shortNameOf(person: Pick<Person, 'name' | 'shortName'>): string {
  return person.shortName ?? person.name.split(/\s+/).at(-1) ?? person.name;
}
