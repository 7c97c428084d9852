import { z } from 'astro/zod';
import { nonBlank, partialDate } from './common.ts';

/** A position a person held, with the dates that bound it. */
export const roleSchema = z
  .strictObject({
    /** The office as a reader should see it, e.g. "President of Russia". */
    title: nonBlank('the role title'),
    /** When the role began: "2012-05-21", or "2012-05" / "2012" when that is all that is known. */
    from: partialDate.optional(),
    /** When it ended, written the same way, e.g. "2008"; omit while the person still holds it. */
    to: partialDate.optional(),
  })
  .refine((role) => !role.from || !role.to || role.from.value <= role.to.value, {
    error: 'ends before it starts: `to` must not be earlier than `from`',
    path: ['to'],
  });

/** One person who speaks or is spoken of in a story: `content/people/<id>.yaml`. */
export const personSchema = z.strictObject({
  /** Full name as the story writes it, e.g. "Yuri Ushakov". */
  name: nonBlank('the name'),
  /** Name for second mentions, e.g. "Ushakov"; defaults to the last word of `name`. */
  shortName: z.string().trim().min(1).optional(),
  /** Other spellings of the name that sources use, e.g. ["Yury Ushakov"]; quotes keep their source's. */
  spellings: z.array(nonBlank('a spelling')).default([]),
  /** One sentence a reader needs to place the person, e.g. "Foreign-policy aide to the President of Russia." */
  description: nonBlank('the description'),
  /** Offices held, oldest first, so the page can show the role at the time of each statement. */
  roles: z.array(roleSchema).min(1, { error: 'needs at least one role, e.g. "- title: President of Russia"' }),
  /** Wikidata item for the person, e.g. "Q7747". */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as "Q7747"' })
    .optional(),
});

export type Person = z.output<typeof personSchema>;
export type Role = z.output<typeof roleSchema>;
