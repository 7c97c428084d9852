import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/** A name as readers see it: the same letters whichever Unicode characters spell them (NFC), spaces folded. */
function readerName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A name typed with an accent as its own combining character looks the same as one typed with
 * the accented letter, and is found here only.
 */
export const sameNamePeople = defineRule({
  id: 'same-name-people',
  severity: 'error',
  docs: 'No two people files give the same name as readers see it, also when one spells an accented letter as one character (NFC) and the other as a letter and a combining accent (NFD): the page could not tell them apart.',
  fix: 'If they are one person, keep one file and delete the other; if two people share the name, tell them apart in `name`, e.g. with a middle name.',
  example:
    '"Ana López" is also the name of ana-lopez (content/people/ana-lopez.yaml), written with different Unicode characters for the same letters (an accented letter as one character in one, as a letter and a combining accent in the other)  (if they are one person, keep ana-lopez and delete this file; if two people share the name, tell them apart in name, e.g. with a middle name)',
  check: ({ people }) => {
    const first = new Map<string, { id: string; file: string; name: string }>();
    // In the order of their ids, so that the file reported is the same on every machine.
    const byId = [...people.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return byId.flatMap((person) => {
      const name = person.data?.name;
      if (name === undefined) return [];
      const seen = readerName(name);
      const earlier = first.get(seen);
      if (!earlier) {
        first.set(seen, { id: person.id, file: person.file, name });
        return [];
      }
      const encoding =
        earlier.name === name
          ? ''
          : ', written with different Unicode characters for the same letters (an accented letter as one character in one, as a letter and a combining accent in the other)';
      return [
        problemAt(
          { file: person.file, ...locate(person.place, ['name']) },
          `"${seen}" is also the name of ${earlier.id} (${earlier.file})${encoding}`,
          `if they are one person, keep ${earlier.id} and delete this file; if two people share the name, tell them apart in name, e.g. with a middle name`,
        ),
      ];
    });
  },
});
