import { z } from 'astro/zod';
import { calendarDate, id, nonBlank } from './common.ts';
import { correctionSchema } from './correction.ts';
import { updateSchema } from './update.ts';

/** Whether a story is on the site. */
export const storyStatus = z.enum(['draft', 'published'], {
  error: 'must be "published" or "draft"',
});

/** Something that happened, for the timelines: a meeting, a call, a summit. */
export const eventSchema = z.strictObject({
  /** The day it happened, e.g. "2025-08-15". */
  date: calendarDate,
  /** What happened, in a short sentence, e.g. "Putin and Trump meet in Anchorage". */
  what: nonBlank('what happened'),
  /** Where it happened, e.g. "Anchorage, Alaska". */
  where: z.string().trim().min(1).optional(),
  /** Id of a source that reports it, e.g. "tass-2025-08-16". */
  source: id,
});

export type StoryEvent = z.output<typeof eventSchema>;

/** The front matter of a story: `content/explainers/<slug>/index.mdx`. */
export const storySchema = z.strictObject({
  /** The headline, e.g. "Will Putin and Trump meet?". */
  title: nonBlank('the title'),
  /** The standfirst: one or two sentences that say what the story is about. */
  summary: nonBlank('the summary'),
  /** Day the explainer was first published, e.g. "2025-08-16". */
  published: calendarDate,
  /** Day up to which the facts are current, e.g. "2025-08-15". */
  asOf: calendarDate,
  /** "published" to put it on the site, "draft" to keep it off. */
  status: storyStatus.default('published'),
  /** Ids of the report(s) the story is built on, e.g. ["unn-2025-06-29"]. */
  sources: z.array(id).min(1, { error: 'needs at least one main source id' }),
  /** Dated events the story tells of, for its timeline, each with a source. */
  events: z.array(eventSchema).default([]),
  /** What happened after publication, oldest first, e.g. [{ date: "2025-08-17", text: "…", story: "alaska-summit-2025" }]. */
  updates: z.array(updateSchema).default([]),
  /** Mistakes the story made and how they were put right, e.g. [{ date, wrong, right, statements: ["its-id"] }]. */
  corrections: z.array(correctionSchema).default([]),
  /** Topics, in kebab-case, e.g. ["russia", "diplomacy"]. */
  tags: z.array(id).default([]),
});

export type Story = z.output<typeof storySchema>;
