import { z } from 'astro/zod';
import { describeCharacter, ID_PATTERN, idMistakes, nonAsciiIdCharacters, suggestId, visibleText } from './id-hints.ts';

export { languageTag } from './language.ts';

export { ID_PATTERN };

/**
 * Says which characters keep a text from being an id, and the id it was probably meant to be:
 * a Cyrillic "а" or an invisible space looks right on screen and can only be found this way.
 */
function idError(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  const mistakes = idMistakes(text);
  if (mistakes.length === 0) return 'must be lowercase letters, digits and hyphens, e.g. "yuri-ushakov"';
  const suggestion = suggestId(text);
  const fix = suggestion && suggestion !== text ? `; write "${suggestion}"` : '';
  return `must be lowercase letters, digits and hyphens: ${mistakes.join(', ')}${fix}`;
}

/** An id written in kebab-case, e.g. `yuri-ushakov`. */
export const id = z
  .string({ error: 'must be an id in kebab-case, e.g. "yuri-ushakov"' })
  .regex(ID_PATTERN, { error: (issue) => idError(issue.input) });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** True when the three parts name a day that exists on the calendar (no 30 February). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** YAML loaders turn `2025-06-29` into a Date; bring it back to the text the editor wrote. */
function dateToText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : value;
}

/** A calendar day written `YYYY-MM-DD`, e.g. `2025-06-29`; kept as that text. */
export const calendarDate = z.preprocess(
  dateToText,
  z
    .string({ error: 'must be a date written YYYY-MM-DD, e.g. "2025-06-29"' })
    .regex(DAY, { error: 'must be a date written YYYY-MM-DD, e.g. "2025-06-29"', abort: true })
    .refine(
      (text) => {
        const [, y, m, d] = DAY.exec(text) ?? [];
        return isRealDay(Number(y), Number(m), Number(d));
      },
      { error: 'is not a day on the calendar (check the month and the day)' },
    ),
);

/** How much of a date is known. */
export const datePrecision = z.enum(['day', 'month', 'year']);

/**
 * A date that may be known only to the month or the year: `2025-06-29`, `2025-06` or `2025`.
 * Normalised to `{ value, precision }`.
 */
export const partialDate = z.preprocess(
  // Accepts its own output too, so a collected statement validates again unchanged.
  (value) =>
    value !== null && typeof value === 'object' && 'value' in value ? value.value : dateToText(value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. "2025-06-29"' })
    .transform((text, ctx) => {
      const day = DAY.exec(text);
      if (day) {
        if (isRealDay(Number(day[1]), Number(day[2]), Number(day[3]))) {
          return { value: text, precision: 'day' as const };
        }
        ctx.addIssue({ code: 'custom', message: 'is not a day on the calendar (check the month and the day)' });
        return z.NEVER;
      }
      const month = MONTH.exec(text);
      if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
        return { value: text, precision: 'month' as const };
      }
      if (YEAR.test(text)) return { value: text, precision: 'year' as const };
      ctx.addIssue({
        code: 'custom',
        message: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. "2025-06-29"',
      });
      return z.NEVER;
    }),
);
export type PartialDate = z.output<typeof partialDate>;

/** A web address that readers can open: `http://` or `https://` only. */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'must be a web address starting with https:// or http://',
});

/** The language the site is written in: quoted words in any other carry their own `lang`. */
export const PAGE_LANGUAGE = 'en';


/**
 * Characters that turn the direction of the text after them (embeddings, overrides and
 * isolates): in a title or a name they would reverse what follows it on every page listing it.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/** Text that must not be blank once spaces are trimmed, nor turn the direction of the text around it. */
export const nonBlank = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    // Said after the field's name ("description must not be empty"), so the name is not repeated.
    .min(1, { error: 'must not be empty' })
    .refine((text) => !DIRECTION_CONTROLS.test(text), {
      error: (issue) => {
        const text = String(issue.input);
        const [found] = nonAsciiIdCharacters(DIRECTION_CONTROLS.exec(text)?.[0] ?? '');
        const named = found ? describeCharacter(found) : 'a direction control';
        return `holds ${named}, which turns the text after it around on every page: delete it ("${visibleText(text)}")`;
      },
    });

/** Warnings a file raises knowingly: the id of each warning's rule, and why it stands. */
export const acknowledgements = z.record(id, nonBlank('the reason'), {
  error: 'must give each warning\'s rule id and why it stands, e.g. { archive-urls: "No saved copy was made." }',
});
