import { z } from 'astro/zod';
import { acknowledgements, calendarDate, id, nonBlank } from './common.ts';
import { correctionSchema } from './correction.ts';
import { factsSchema } from './facts.ts';
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

/** A story's place in a series of stories that follow each other. */
export const seriesSchema = z.strictObject({
  /** The series' name, the same in every story of it, e.g. "Putin and Trump, 2025". */
  title: nonBlank('the series title'),
  /** The story's place in the series, from 1, e.g. 2. */
  part: z.number({ error: 'must be a whole number from 1, e.g. 2' }).int({ error: 'must be a whole number from 1, e.g. 2' }).min(1, { error: 'must be a whole number from 1, e.g. 2' }),
});

export type StorySeries = z.output<typeof seriesSchema>;

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
  /** The series the story belongs to and its part in it, e.g. { title: "Putin and Trump, 2025", part: 2 }. */
  series: seriesSchema.optional(),
  /** The facts box at the top of the story: who, where, when and the outcome, e.g. { who: ["vladimir-putin"], where: "Anchorage, Alaska", when: "2025-08-15" }. */
  facts: factsSchema.optional(),
  /** Topics, in kebab-case, e.g. ["russia", "diplomacy"]. */
  tags: z.array(id).default([]),
  /** The id of the quote the home page shows under the story, e.g. "trump-no-deal"; by default its first quote. */
  keyQuote: id.optional(),
  /** Warnings this file raises knowingly, by rule id, each with why it stands; the check lists them as acknowledged, e.g. { archive-urls: "No saved copy of the page was made." }. */
  acknowledge: acknowledgements.optional(),
});

export type Story = z.output<typeof storySchema>;
