import { z } from 'astro/zod';
import { acknowledgements, calendarDate, nonBlank } from './common.ts';

/** The span of time a background section covers. */
export const periodSchema = z
  .strictObject({
    /** First day covered, e.g. "2025-06-24". */
    from: calendarDate,
    /** Last day covered, e.g. "2025-06-25"; omit for a single day. */
    to: calendarDate.optional(),
  })
  .refine((period) => !period.to || period.from <= period.to, {
    error: 'ends before it starts: `to` must not be earlier than `from`',
    path: ['to'],
  });

/** The front matter of a background section: any other `.mdx` file in a story's folder. */
export const sectionSchema = z.strictObject({
  /** The section heading, e.g. "The 4 June phone call". */
  title: nonBlank('the title'),
  /** Position among the story's sections, from 1, e.g. 2. */
  order: z.number({ error: 'must be a whole number such as 1' }).int({ error: 'must be a whole number such as 1' }).min(1, { error: 'must be 1 or more' }),
  /** The dates the section covers, e.g. { from: "2025-06-24", to: "2025-06-25" }. */
  period: periodSchema.optional(),
  /** Warnings this file raises knowingly, by rule id, each with why it stands; the check lists them as acknowledged, e.g. { archive-urls: "No saved copy of the page was made." }. */
  acknowledge: acknowledgements.optional(),
});

export type Section = z.output<typeof sectionSchema>;
