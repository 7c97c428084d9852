import { z } from 'astro/zod';
import { id, languageTag, partialDate } from './common.ts';

/**
 * How the words reach the reader: `direct` (the speaker's exact words) or `paraphrase`
 * (a report retells them).
 */
export const STATEMENT_MODES = ['direct', 'paraphrase'] as const;
export const statementMode = z.enum(STATEMENT_MODES, {
  error: `must be one of: ${STATEMENT_MODES.join(', ')}`,
});
export type StatementMode = z.output<typeof statementMode>;

/** Source ids written as one id or several separated by spaces or commas. */
const sourceIds = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value),
  z.array(id).min(1, { error: 'needs at least one source id, e.g. source="unn-2025-06-29"' }),
);

/** The attributes an editor writes on `<Said>` in the text of a story. */
export const statementAttributesSchema = z.strictObject({
  /** Id of the person speaking, e.g. "yuri-ushakov". */
  by: id,
  /** "direct" for exact words, "paraphrase" for words a report retells. */
  mode: statementMode,
  /** Id(s) of the source(s) that report it, e.g. "unn-2025-06-29" or "unn-2025-06-29 online-ua-2025-06-29". */
  source: sourceIds,
  /** When it was said: "2025-06-29", "2025-06" or "2025"; omit when the report gives no date. */
  date: partialDate.optional(),
  /** Where or on what occasion, e.g. "NATO summit, The Hague". */
  venue: z.string().trim().min(1).optional(),
  /** Through what it was said, e.g. "Russia-1 television interview". */
  channel: z.string().trim().min(1).optional(),
  /** Language the speaker used, e.g. "ru". */
  lang: languageTag.optional(),
  /** A permanent anchor for the statement, e.g. "ushakov-any-moment"; made from the words when omitted. */
  id: id.optional(),
});
export type StatementAttributes = z.output<typeof statementAttributesSchema>;

/** A statement as the build collects it from the text: attributes, words and place. */
export const statementSchema = statementAttributesSchema.extend({
  /** The anchor of the statement in its page, e.g. "yuri-ushakov-it-could-happen-at-any". */
  id,
  /** Slug of the story it belongs to. */
  story: id,
  /** Slug of the background section it appears in; omitted for the article itself. */
  section: id.optional(),
  /** The words of the statement as plain text. */
  text: z.string().trim().min(1, { error: 'has no words: write the quote or the paraphrase between <Said> and </Said>' }),
  /** Position in reading order within its story, from 0. */
  position: z.number().int().min(0),
  /** Where the statement is written, for messages: path relative to the project, and line. */
  file: z.string(),
  line: z.number().int().min(1),
});
export type Statement = z.output<typeof statementSchema>;
