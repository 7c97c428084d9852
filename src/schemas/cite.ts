import { z } from 'astro/zod';
import { id, nonBlank } from './common.ts';
import { citationSchema, readCitations } from './statement.ts';

/** One citation, written `source="tass-2025-08-16"` or `source="aa-2025-10-09 citing tass"`. */
const oneCitation = z.preprocess(
  readCitations,
  z
    .array(citationSchema)
    .min(1, { error: 'needs a source id, e.g. source="tass-2025-08-16"' })
    .max(1, { error: 'names more than one source: write one <Cite> for each' }),
);

/** A `<Cite>` as the build collects it: its place in the story's text, for its numbered mark. Its docs come before the attributes', which editors see. */
export const citeSchema = z.strictObject({
  /** Slug of the story it belongs to. */
  story: id,
  /** Its key on the page: the file it is written in and its number there, e.g. "index/1". */
  key: z.string().min(1),
  /** How many statements of the story come before it in the text. */
  after: z.number().int().min(0),
  /** The source that backs the claim. */
  source: z.array(citationSchema).length(1),
  /** The source's words. */
  passage: nonBlank('the passage'),
  file: z.string(),
  line: z.number().int().min(1),
});
export type Cite = z.output<typeof citeSchema>;

/** The attributes of `<Cite>`: a statement of fact in the story's own voice, and the source that backs it. */
export const citeAttributesSchema = z.strictObject({
  /** The source whose stored text holds the passage, e.g. "tass-2025-08-16". */
  source: oneCitation,
  /** The source's words that back the claim, found in its stored text like a quote, e.g. "a little over 12 minutes". */
  passage: nonBlank('the passage'),
});
