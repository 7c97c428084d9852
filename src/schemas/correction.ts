import { z } from 'astro/zod';
import { calendarDate, id, nonBlank } from './common.ts';

/** A mistake the story made and how it was put right, shown on its page and marked on each statement it affects. */
export const correctionSchema = z.strictObject({
  /** The day the story was corrected, e.g. "2026-11-24". */
  date: calendarDate,
  /** What the story said that was wrong, e.g. "That UNN relayed Russia-1 for every statement it reports." */
  wrong: nonBlank('what was wrong'),
  /** What is right, as the story now says it, e.g. "UNN relays Russia-1 only for Ushakov's interview." */
  right: nonBlank('what is right'),
  /** Written ids of the statements it affects, e.g. ["trump-good-conversation"]. */
  statements: z.array(id).default([]),
});

export type StoryCorrection = z.output<typeof correctionSchema>;
