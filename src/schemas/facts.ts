import { z } from 'astro/zod';
import { id, nonBlank } from './common.ts';
import { periodSchema } from './section.ts';

/** The outcome of what a story tells, in the story's words, and the passage of a source that backs them. */
export const outcomeSchema = z.strictObject({
  /** What came of it, in one sentence, e.g. "The two presidents met in Anchorage on 15 August 2025.". */
  text: nonBlank('the outcome'),
  /** Id of the source whose stored text backs it, e.g. "adn-2025-08-15". */
  source: id,
  /** The source's words that back it, copied exactly, e.g. "met in Anchorage". */
  passage: nonBlank('the passage'),
});

/**
 * The facts box at the top of a story: who, where, when and what came of it. Each part is
 * optional; the box shows what is given. A single day is written as "2025-08-15" and read as
 * the period { from: "2025-08-15" }.
 */
export const factsSchema = z
  .strictObject({
    /** Ids of the people at the centre of the story, e.g. ["vladimir-putin", "donald-trump"]. */
    who: z.array(id).min(1, { error: 'needs at least one person id, or leave `who` out' }).optional(),
    /** Where it happened, e.g. "Anchorage, Alaska". */
    where: nonBlank('where it happened').optional(),
    /** When: a day, e.g. "2025-08-15", or a period, e.g. { from: "2025-06-01", to: "2025-06-29" }. */
    // A day alone is the period it starts: parsed as one, so a wrong date gets the period's message.
    when: z.preprocess((value) => (typeof value === 'string' ? { from: value } : value), periodSchema).optional(),
    /** What came of it, with the source that says so. */
    outcome: outcomeSchema.optional(),
  })
  .refine((facts) => Object.values(facts).some((value) => value !== undefined), {
    error: 'is empty: give at least one of who, where, when and outcome, or leave `facts` out',
  });

export type StoryFacts = z.output<typeof factsSchema>;
