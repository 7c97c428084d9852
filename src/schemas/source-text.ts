import { z } from 'astro/zod';

/**
 * A source's whole text, stored beside it as `content/sources/<id>.txt`, as the build lists it
 * (by the source's id): quotes from that source are checked against all of it. Editors write
 * the text file, never this record.
 */
export const sourceTextSchema = z.strictObject({
  /** How long the stored text is, in characters, e.g. 2181. */
  characters: z.number().int().min(1),
});

export type SourceText = z.output<typeof sourceTextSchema>;
