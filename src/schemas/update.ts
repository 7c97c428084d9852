import { z } from 'astro/zod';
import { calendarDate, id, nonBlank } from './common.ts';

/** What happened after a story was published, told on its page under "What happened next". */
export const updateSchema = z.strictObject({
  /** The day the update was added, e.g. "2025-08-17". */
  date: calendarDate,
  /** What happened next, in a sentence, e.g. "The two presidents met in Anchorage on 15 August 2025." */
  text: nonBlank('the text of the update'),
  /** Id of a source that reports it, e.g. "tass-2025-08-16-timely". */
  source: id.optional(),
  /** Slug of the story that tells it in full, linked from the update, e.g. "alaska-summit-2025". */
  story: id.optional(),
});

export type StoryUpdate = z.output<typeof updateSchema>;
