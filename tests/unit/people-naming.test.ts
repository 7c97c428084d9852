import { describe, expect, it } from 'vitest';
import { buildPeople } from '../../src/lib/models/people.ts';
import { namesPerson, personNamer, readerTexts } from '../../src/lib/models/person-names.ts';
import type { ListedStory } from '../../src/lib/models/listed-stories.ts';
import type { Person } from '../../src/schemas/person.ts';

const person = (name: string, extra: Partial<Person> = {}): Person => ({
  name,
  spellings: [],
  description: `${name}, for the test.`,
  roles: [],
  ...extra,
});

const ivo = person('Ivo Petrov', { spellings: ['Iwo Petrow'] });
const jr = person('J. (Jr.) Doe', { shortName: 'J. (Jr.) Doe' });
const quoted = person('(Anonymous) Official', { shortName: '(Anonymous) Official' });
const accents = person('Zoë Ñúñez');

const texts = [
  'Ivo\nPetrov said nothing.',
  'Petrov’s stall',
  'Petrovich',
  'petrov',
  'Iwo Petrow wrote.',
  'Said J. (Jr.) Doe.',
  'Said Jx (Jr.) Doe.',
  'An (Anonymous) Official spoke.',
  'Ñúñez and Zoë',
  'Zoë Ñúñezova',
  '{/* Petrov, in a comment */} nobody',
  '',
];

describe('personNamer', () => {
  it('agrees with namesPerson on every text and person, the quick look-up never missing a name', () => {
    for (const who of [ivo, jr, quoted, accents]) {
      const names = personNamer(who);
      for (const text of texts)
        expect(names(readerTexts([text])), `${who.name} in "${text}"`).toBe(namesPerson(text, who));
    }
  });

  it('reads a story’s texts each apart: a name does not run from the end of one into the next', () => {
    const names = personNamer(ivo);
    expect(names(readerTexts(['It was Ivo', 'Petrov’s turn']))).toBe(true); // "Petrov" alone names him
    expect(names(readerTexts(['Not Ivo', 'Smith']))).toBe(false);
    expect(
      personNamer(person('Ana Maria Lopez', { shortName: 'Ana Maria Lopez' }))(readerTexts(['Ana', 'Maria Lopez'])),
    ).toBe(false);
  });
});

describe('buildPeople at scale', () => {
  const story = (n: number, text: string): ListedStory => ({
    slug: `story-${String(n)}`,
    title: `Story ${String(n)}`,
    summary: '',
    published: '2025-01-01',
    asOf: '2025-01-01',
    draft: false,
    events: [],
    texts: [text],
    statements: [],
  });
  const input = {
    stories: Array.from({ length: 50 }, (_, n) => story(n, n % 10 === 0 ? 'Ivo Petrov spoke.' : 'Nobody spoke.')),
    people: new Map([
      ['ivo-petrov', ivo],
      ['j-doe', jr],
    ]),
  };

  it('names a person on the stories that name them, and builds the pages once for one input', () => {
    const pages = buildPeople(input);
    expect(pages.map((page) => page.id)).toEqual(['ivo-petrov']);
    expect(pages[0]?.stories.map((entry) => entry.slug)).toEqual([0, 10, 20, 30, 40].map((n) => `story-${String(n)}`));
    expect(buildPeople(input)).toBe(pages);
    expect(buildPeople({ ...input })).not.toBe(pages);
    expect(buildPeople({ ...input })).toEqual(pages);
  });
});
