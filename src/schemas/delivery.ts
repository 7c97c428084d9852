import { z } from 'astro/zod';

/**
 * How the words reached the public: `said` (remarks, a speech, a press conference), `told`
 * (an interview, a reporter), `wrote` (a letter, an article, a written statement) or `posted`
 * (social media, on a platform that is named).
 */
export const DELIVERY_KINDS = ['said', 'told', 'wrote', 'posted'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/** The one kind of delivery that names where it happened: `posted on Truth Social`. */
export const POSTED: DeliveryKind = 'posted';

/** "posted on Truth Social" → { kind: "posted", platform: "Truth Social" }; "Told" → { kind: "told" }. */
export function splitDelivery(text: string): { kind: string; platform?: string } {
  const match = /^\s*(\S+)\s+on(?:\s+(.*?))?\s*$/iu.exec(text);
  if (!match) return { kind: text.trim().toLowerCase() };
  return { kind: (match[1] ?? '').toLowerCase(), platform: match[2] ?? '' };
}

/**
 * How the words reached the public, written `delivery="told"` or `delivery="posted on Truth
 * Social"`; normalised to `{ kind, platform }`, the platform given for `posted` and only for it.
 */
export const deliverySchema = z.preprocess(
  // Accepts its own output too, so a collected statement validates again unchanged.
  (value) => (typeof value === 'string' ? splitDelivery(value) : value),
  z
    .strictObject({
      /** How the words reached the public, e.g. "posted". */
      kind: z.enum(DELIVERY_KINDS, {
        error: `must be one of: ${DELIVERY_KINDS.join(', ')}; e.g. delivery="told" or delivery="posted on Truth Social"`,
      }),
      /** Where it was posted, e.g. "Truth Social". */
      platform: z
        .string()
        .trim()
        .min(1, { error: 'names no platform after "on": write delivery="posted on Truth Social"' })
        .optional(),
    })
    .superRefine(({ kind, platform }, ctx) => {
      if (kind === POSTED && platform === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'needs the platform it was posted on: write delivery="posted on Truth Social"',
        });
      } else if (kind !== POSTED && platform !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `names a platform, which only "posted" takes: write delivery="${kind}", and the place in venue="…" or channel="…"`,
        });
      }
    }),
);
export type Delivery = z.output<typeof deliverySchema>;
