/**
 * What makes a text not an id, said so an editor can see it: the invisible character in a
 * line, the Cyrillic letter in a Latin id, the id they most likely meant. The schemas use it
 * in their messages, so it imports nothing but itself.
 */

/** An id: lowercase ASCII words joined by single hyphens, e.g. "yuri-ushakov". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Characters that take no room on screen or look like a plain space, by code point. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x00a0: 'no-break space',
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x2007: 'figure space',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x202f: 'narrow no-break space',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'byte order mark',
};

/** Format characters, spaces other than the plain one, and control characters other than line breaks and tabs. */
const INVISIBLE = /[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cc}]/gu;

function isInvisible(character: string): boolean {
  return (
    character !== ' ' &&
    character !== '\n' &&
    character !== '\r' &&
    character !== '\t' &&
    /^[\p{Cf}\p{Z}\p{Cc}]$/u.test(character)
  );
}

/** `U+0430`: how a character table names a code point. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with every invisible character written out, e.g. `yuri<U+200B>-ushakov`. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (character) =>
    isInvisible(character) ? `<${codePointLabel(character.codePointAt(0) ?? 0)}>` : character,
  );
}

/**
 * The code points of a text. Ids are examined code point by code point, not by what the eye
 * groups together: a zero-width joiner or a combining accent is exactly what must be found,
 * and grapheme segmentation would hide it inside its neighbour.
 */
function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Letters of one script drawn like Latin ones, paired with the Latin letter each passes for. */
function lookalikes(script: 'Cyrillic' | 'Greek', letters: string, latin: string) {
  return codePoints(letters).map((letter, i) => [letter, { script, latin: latin[i] ?? '' }] as const);
}

/** Cyrillic and Greek letters drawn like Latin ones, with the Latin letter they pass for. */
const LOOKALIKES: Record<string, { script: string; latin: string }> = Object.fromEntries([
  ...lookalikes('Cyrillic', 'аеорсухіјѕ', 'aeopcyxijs'),
  ...lookalikes('Cyrillic', 'АВЕКМНОРСТХІЈЅ', 'ABEKMHOPCTXIJS'),
  ...lookalikes('Greek', 'οαεικνρτυχ', 'oaeikvptux'),
  ...lookalikes('Greek', 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'),
]);

/** A character of an id that is not ASCII. */
export interface IdCharacter {
  character: string;
  /** Position in the id counted in characters, from 0. */
  index: number;
  codePoint: number;
  /** For a look-alike, its script and the Latin letter it passes for, e.g. "Cyrillic a". */
  lookalike?: string;
  /** The Latin letter it passes for, when it is a look-alike. */
  latin?: string;
  /** The name of an invisible character, e.g. "zero-width space". */
  invisible?: string;
}

/** Every character of an id outside ASCII, with what it is when it can be mistaken for something else. */
export function nonAsciiIdCharacters(id: string): IdCharacter[] {
  return codePoints(id).flatMap((character, index): IdCharacter[] => {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x80) return [];
    const lookalike = LOOKALIKES[character];
    if (lookalike) {
      return [
        { character, index, codePoint, lookalike: `${lookalike.script} ${lookalike.latin}`, latin: lookalike.latin },
      ];
    }
    if (isInvisible(character)) {
      return [{ character, index, codePoint, invisible: INVISIBLE_NAMES[codePoint] ?? 'invisible character' }];
    }
    return [{ character, index, codePoint }];
  });
}

/** `"а" (U+0430, Cyrillic a)`, or `U+200B (zero-width space)` for a character that cannot be seen. */
export function describeCharacter(found: Pick<IdCharacter, 'character' | 'codePoint' | 'lookalike' | 'invisible'>) {
  const label = codePointLabel(found.codePoint);
  if (found.invisible) return `${label} (${found.invisible})`;
  return `"${found.character}" (${label}${found.lookalike ? `, ${found.lookalike}` : ''})`;
}

/** Folds a character to the ASCII an id would use for it: "é" → "e", "а" (Cyrillic) → "a". */
function asciiFold(character: string): string {
  const lookalike = LOOKALIKES[character];
  if (lookalike) return lookalike.latin.toLowerCase();
  if (isInvisible(character)) return /\p{Z}/u.test(character) ? '-' : '';
  return character
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The id an editor most likely meant: lowercase ASCII words joined by single hyphens. */
export function suggestId(id: string): string {
  return codePoints(id)
    .map(asciiFold)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Why a text is not an id, as a phrase for "must be lowercase letters, digits and hyphens: …". */
export function idMistakes(id: string): string[] {
  const mistakes = codePoints(id).flatMap((character, index): string[] => {
    const at = `at position ${index + 1}`;
    const [found] = nonAsciiIdCharacters(character);
    if (found) {
      const described = describeCharacter(found);
      if (found.lookalike) return [`${described} ${at} looks like a Latin letter but is not one`];
      if (found.invisible) return [`an invisible ${described} ${at}`];
      return [`${described} ${at} is not one of a-z`];
    }
    if (/[A-Z]/.test(character)) return [`"${character}" ${at} is uppercase`];
    if (character === ' ') return [`" " ${at} is a space`];
    if (/[\t\r\n]/.test(character)) return [`a line break or tab ${at}`];
    if (!/[a-z0-9-]/.test(character)) return [`"${character}" ${at} is not allowed`];
    return [];
  });
  if (mistakes.length === 0 && id !== '' && !ID_PATTERN.test(id)) {
    mistakes.push('a hyphen may only stand between two words, not at the start, the end or twice in a row');
  }
  return mistakes.length > 3 ? [...mistakes.slice(0, 3), `and ${mistakes.length - 3} more`] : mistakes;
}
