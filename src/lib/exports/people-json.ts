/** `people.json`: each person with a page, as data. */
import { type PersonPage } from '../models/people.ts';

/** A person as data, for `people.json`: statements named `<story>#<statement-id>`. */
export function exportPerson(person: PersonPage, url: string) {
  return {
    id: person.id,
    name: person.name,
    description: person.description,
    spellings: person.spellings,
    roles: person.roles.map((role) => ({ title: role.title, from: role.from ?? null, to: role.to ?? null })),
    statements: person.statements.map((statement) => `${statement.story.slug}#${statement.id}`),
    url,
  };
}
