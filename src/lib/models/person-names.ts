/**
 * Whether a story names a person: their name, short name or another spelling, as a whole word
 * and with its capitals, outside the editor's comments. Plain TypeScript, tested without Astro.
 */
import type { Person } from '../../schemas/person.ts';
import { shortNameOf } from './roles.ts';

/** The way to write a text inside a regular expression that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Comments are the editor's, not the reader's: a name in one does not name the person. */
function readerText(text: string): string {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
}

/** The names a person goes by: their name, short name and other spellings. */
const namesOf = (person: Pick<Person, 'name' | 'shortName' | 'spellings'>) => [
  person.name,
  shortNameOf(person),
  ...person.spellings,
];

/** A letter, mark or digit: what a name's whole words are made of. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function namePattern(person: Pick<Person, 'name' | 'shortName' | 'spellings'>): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${namesOf(person).map(literal).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'u',
  );
}

/**
 * True when the text names the person: their name, short name or another spelling, as a
 * whole word (not "Putinism") and with its capitals, since names are proper nouns.
 */
export function namesPerson(text: string, person: Pick<Person, 'name' | 'shortName' | 'spellings'>): boolean {
  return namePattern(person).test(readerText(text));
}

/** A text made ready to be asked, person after person, whether it names them. */
export interface ReaderTexts {
  text: string;
  /** Every whole word in it. */
  words: ReadonlySet<string>;
}

/** The texts of a story as one, each apart: no name runs from one into the next. */
export function readerTexts(texts: readonly string[]): ReaderTexts {
  const text = texts.map(readerText).join('\u0000');
  return { text, words: new Set(text.match(WORD)) };
}

/**
 * `namesPerson` for many texts and one person, each text read once for all people: a name
 * can only be in a text that has the name's first word as a whole word, so most texts are
 * passed over by a look-up, and the rest are matched exactly.
 */
export function personNamer(person: Pick<Person, 'name' | 'shortName' | 'spellings'>): (texts: ReaderTexts) => boolean {
  const pattern = namePattern(person);
  // A name that does not start with a letter or digit has no first word to look up.
  const firstWords = namesOf(person).map((name) => new RegExp(`^${WORD.source}`, 'u').exec(name)?.[0]);
  if (firstWords.some((word) => word === undefined)) return (texts) => pattern.test(texts.text);
  return (texts) => firstWords.some((word) => texts.words.has(word ?? '')) && pattern.test(texts.text);
}
