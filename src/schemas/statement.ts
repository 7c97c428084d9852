import { z } from 'astro/zod';
import { id, languageTag, nonBlank, partialDate } from './common.ts';
import { deliverySchema } from './delivery.ts';

/**
 * How the words reach the reader: `direct` (the speaker's exact words) or `paraphrase`
 * (a report retells them).
 */
export const STATEMENT_MODES = ['direct', 'paraphrase'] as const;
export const statementMode = z.enum(STATEMENT_MODES, {
  error: `must be one of: ${STATEMENT_MODES.join(', ')}`,
});
export type StatementMode = z.output<typeof statementMode>;

/**
 * What kind of translation words are, when it is not simply their translator's: `official`,
 * published by the speaker's side (the Kremlin's English transcript of the Russian president).
 */
export const TRANSLATION_KINDS = ['official'] as const;
export const translationKind = z.enum(TRANSLATION_KINDS, {
  error: `must be ${TRANSLATION_KINDS.map((kind) => `"${kind}"`).join(' or ')}, or left out`,
});
export type TranslationKind = z.output<typeof translationKind>;

/** The word that joins a source to whom it cites in a citation. */
export const CITING = 'citing';

/**
 * Splits what an editor writes in `source="…"` into citations: commas separate citations,
 * `citing` joins a source to whom it cites; ids separated by spaces alone are separate citations.
 */
export function splitCitations(value: string): string[][] {
  return value
    .split(/[,;]/)
    .flatMap((part) => {
      const chain = part.trim().split(new RegExp(`\\s+${CITING}\\s+`));
      return chain.length === 1 ? part.trim().split(/\s+/).map((single) => [single]) : [chain.map((link) => link.trim())];
    })
    .filter((chain) => chain.some(Boolean));
}

/** One citation: the source a statement is taken from, and whom that source cites, in order. */
export const citationSchema = z.strictObject({
  /** Id of the source the words are taken from, e.g. "aa-2025-10-09". */
  source: id,
  /** Whom it cites, nearest first: ids of sources, or of publishers when no item is known, e.g. ["tass"]. */
  citing: z.array(id).default([]),
});
export type Citation = z.output<typeof citationSchema>;

/**
 * Citations written `source="aa-2025-10-09 citing tass, moscow-times-2025-10-09"`;
 * normalised to a list of `{ source, citing }`.
 */
export const citations = z.preprocess(
  readCitations,
  z.array(citationSchema).min(1, { error: 'needs at least one source id, e.g. source="unn-2025-06-29"' }),
);

/** What an editor wrote in `source="…"` as a list of `{ source, citing }`; anything else as it is. */
export function readCitations(value: unknown): unknown {
  return typeof value === 'string'
    ? splitCitations(value).map(([source, ...citing]) => ({ source, citing }))
    : value;
}

/** A statement named from elsewhere: `its-id` in the same story, or `story-slug#its-id` in another. */
export const statementRef = z.preprocess(
  // Accepts its own output too, so a collected statement validates again unchanged.
  (value) =>
    value !== null && typeof value === 'object' && 'id' in value
      ? [('story' in value && value.story) || '', value.id].filter(Boolean).join('#')
      : value,
  z
  .string()
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*#)?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be a statement id, e.g. "ryabkov-momentum", or "story-slug#statement-id" for another story',
  })
  .transform((text) => {
    const hash = text.indexOf('#');
    return hash < 0 ? { story: undefined, id: text } : { story: text.slice(0, hash), id: text.slice(hash + 1) };
  }),
);
export type StatementRef = z.output<typeof statementRef>;

/**
 * Whose reading a reply is: the source's, which says in its own words that the statement
 * answers another (`replyPassage`), or the explainer's own (`replyBasis="ours"`).
 */
export const REPLY_BASES = ['ours'] as const;

/** The attributes an editor writes on `<Said>` in the text of a story. */
export const statementAttributesSchema = z.strictObject({
  /** Id of the person speaking, e.g. "yuri-ushakov". */
  by: id,
  /** "direct" for exact words, "paraphrase" for words a report retells. */
  mode: statementMode,
  /** Where the words are taken from, and whom that source cites, e.g. "aa-2025-10-09 citing tass"; several separated by commas. */
  source: citations,
  /** When it was said: "2025-06-29", "2025-06" or "2025"; omit when the report gives no date. */
  date: partialDate.optional(),
  /** Where or on what occasion, e.g. "NATO summit, The Hague". */
  venue: z.string().trim().min(1).optional(),
  /** Through what it was said, e.g. "Russia-1 television interview". */
  channel: z.string().trim().min(1).optional(),
  /** Language the speaker used, e.g. "ru". */
  spoken: languageTag.optional(),
  /** Language of the words as written here, when not English, e.g. "ru" for a Russian original. */
  lang: languageTag.optional(),
  /** Id of the publisher whose translation the words are, when not their source's, e.g. "tass". */
  translator: id.optional(),
  /** "official" when the translation is the one the speaker's side published, e.g. the Kremlin's English transcript. */
  translation: translationKind.optional(),
  /** How the words reached the public: "said", "told", "wrote", or "posted on" a platform, e.g. "posted on Truth Social". */
  delivery: deliverySchema.optional(),
  /** The statement this one answers: "its-id", or "story-slug#its-id" in another story; give replyPassage or replyBasis with it. */
  answers: statementRef.optional(),
  /** The source's words that say this is a reply, checked against the source like a quote, e.g. "responding to Ryabkov". */
  replyPassage: nonBlank('the reply passage').optional(),
  /** "ours" when the reply is this explainer's own reading, which no source states. */
  replyBasis: z.enum(REPLY_BASES, { error: `must be "ours" (or leave it out and give replyPassage="…")` }).optional(),
  /** A permanent anchor for the statement, e.g. "ushakov-any-moment"; made from the words when omitted. */
  id: id.optional(),
});
export type StatementAttributes = z.output<typeof statementAttributesSchema>;

/** The attributes of `<Version>`: another rendering of a statement's words. */
export const versionAttributesSchema = z.strictObject({
  /** The written id of the statement this is a version of, e.g. "putin-greeting". */
  of: id,
  /** Where this rendering is taken from, and whom that source cites, e.g. "voz-2025-08-15". */
  source: citations,
  /** Language of the words, when not English, e.g. "ru". */
  lang: languageTag.optional(),
  /** Id of the publisher whose translation the words are, when not their source's, e.g. "tass". */
  translator: id.optional(),
  /** "official" when the translation is the one the speaker's side published, e.g. the Kremlin's English transcript. */
  translation: translationKind.optional(),
});

/** One rendering of a statement's words: the one shown in the text, or another version of it. */
export const renderingSchema = z.strictObject({
  /** The words as plain text. */
  text: nonBlank('the words'),
  /** Language of the words, e.g. "en". */
  lang: languageTag,
  /** Where these words are taken from. */
  source: z.array(citationSchema).min(1),
  /** Id of the publisher whose translation the words are, when not their source's, e.g. "tass". */
  translator: id.optional(),
  /** "official" when the speaker's side published the translation, e.g. the Kremlin's English transcript. */
  translation: translationKind.optional(),
  /** Where the rendering is written, for messages. */
  file: z.string(),
  line: z.number().int().min(1),
});
export type Rendering = z.output<typeof renderingSchema>;

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
  /** True when the editor wrote the id, which makes it safe to link to. */
  idWritten: z.boolean().default(false),
  /** The other renderings of the same words, from `<Version>` elements. */
  versions: z.array(renderingSchema).default([]),
  /** Position in reading order within its story, from 0. */
  position: z.number().int().min(0),
  /** Where the statement is written, for messages: path relative to the project, and line. */
  file: z.string(),
  line: z.number().int().min(1),
});
export type Statement = z.output<typeof statementSchema>;

/** The attributes of `<SourcesDiffer>`: a fact on which sources disagree. */
export const sourcesDifferAttributesSchema = z.strictObject({
  /** What the sources disagree on, e.g. "How long the press conference lasted". */
  about: nonBlank('what the sources differ on'),
});

/** The attributes of `<Account>`: what one source says, inside `<SourcesDiffer>`. */
export const accountAttributesSchema = z.strictObject({
  /** The source that says it, e.g. "tass-2025-08-16". */
  source: citations,
});

/** An `<Account>` as the build collects it, for the story's list of sources. */
export const accountSchema = z.strictObject({
  /** Slug of the story it belongs to. */
  story: id,
  /** The source that says it. */
  source: z.array(citationSchema).min(1),
  /** Its words. */
  text: nonBlank('the words'),
  file: z.string(),
  line: z.number().int().min(1),
});
export type Account = z.output<typeof accountSchema>;
