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
    // Every statement in every story that quotes it: words quoted by two stories are two ids.
    statements: person.statements.flatMap((statement) =>
      statement.quotedIn.map((appearance) => `${appearance.story.slug}#${appearance.id}`),
    ),
    url,
  };
}
