import { z } from 'astro/zod';
import { acknowledgements, calendarDate, id, languageTag, nonBlank, webUrl } from './common.ts';

/** One item that reports statements: an article, a transcript, a broadcast: `content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
  /** Id of the outlet that published it, a file in content/publishers/, e.g. "unn". */
  publisher: id,
  /** The headline or name of the item, e.g. "Putin and Trump could meet at any moment - Ushakov". */
  title: nonBlank('the title'),
  /** Day of publication or broadcast, e.g. "2025-06-29". */
  date: calendarDate,
  /** True when the stored copy does not show the day and `date` is the likely one. */
  dateUncertain: z.boolean({ error: 'must be true or false' }).optional(),
  /** Who wrote it, when the item names them, e.g. "Joaquín Núñez". */
  author: z.string().trim().min(1).optional(),
  /** Language the source is published in, e.g. "en". */
  language: languageTag,
  /** Where readers can read it, e.g. "https://unn.ua/en/news/…"; omit when none is public. */
  url: webUrl.optional(),
  /** A saved copy that will not change, e.g. "https://web.archive.org/web/2025/https://…". */
  archiveUrl: webUrl.optional(),
  /** The source's own framing, shown as the source's, e.g. 'Calls the Russian president "Russian dictator" in its own voice.' */
  framing: z.string().trim().min(1).optional(),
  /** One sentence on what the item is, shown in the source list. */
  note: z.string().trim().min(1).optional(),
  /** The passages of the source that hold the quotes it reports, word for word, one per line. */
  excerpt: z.string().trim().min(1).optional(),
  /** Day its text was captured into the `.txt` beside it (npm run source -- add), e.g. "2026-12-04". */
  captured: calendarDate.optional(),
  /** Hex SHA-256 of the captured `.txt` file's bytes, e.g. "9f86d081…"; the check reports a text changed since. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lowercase hexadecimal digits, as npm run source -- add writes it' })
    .optional(),
  /** True when it is the speaker's own words as first published: their own post, an official transcript or recording, in the language spoken. */
  original: z.boolean({ error: 'must be true or false' }).optional(),
  /** Id of the source or publisher whose item this one republishes as it is, e.g. "reuters" for a Reuters report in another paper. */
  republishes: id.optional(),
  /** Warnings this file raises knowingly, by rule id, each with why it stands; the check lists them as acknowledged, e.g. { archive-urls: "No saved copy of the page was made." }. */
  acknowledge: acknowledgements.optional(),
});

export type Source = z.output<typeof sourceSchema>;
