import { z } from 'astro/zod';
import { calendarDate, id, languageTag, nonBlank, webUrl } from './common.ts';

/** A publication that reports statements: `content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
  /** Who published it, e.g. "UNN" or "Russia-1". */
  publisher: nonBlank('the publisher'),
  /** The headline or name of the item, e.g. "Putin and Trump could meet at any moment - Ushakov". */
  title: nonBlank('the title'),
  /** Day of publication or broadcast, e.g. "2025-06-29". */
  date: calendarDate,
  /** Language the source is published in, e.g. "en". */
  language: languageTag,
  /** Where readers can read it, e.g. "https://unn.ua/en/news/…"; omit when none is public. */
  url: webUrl.optional(),
  /** A saved copy that will not change, e.g. "https://web.archive.org/web/2025/https://…". */
  archiveUrl: webUrl.optional(),
  /** The id of the source this one reports on, e.g. "russia-1-2025-06-29" for a report of a broadcast. */
  relays: id.optional(),
  /** One sentence on what the source is, shown in the source list. */
  note: z.string().trim().min(1).optional(),
  /** The passage(s) of the source that hold the quotes it reports, word for word. */
  excerpt: z.string().trim().min(1).optional(),
});

export type Source = z.output<typeof sourceSchema>;
