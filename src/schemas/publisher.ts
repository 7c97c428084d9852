import { z } from 'astro/zod';
import { nonBlank, webUrl } from './common.ts';

/** An outlet that publishes sources or is cited by them: `content/publishers/<id>.yaml`. */
export const publisherSchema = z.strictObject({
  /** The outlet's name as readers know it, e.g. "TASS". */
  name: nonBlank('the name'),
  /** The one line a reader needs to weigh it, e.g. "Russian state news agency". */
  description: nonBlank('the description'),
  /** Where it is based, as an ISO 3166-1 alpha-2 code, e.g. "RU"; "ZZ" when unknown or fictional. */
  country: z.string().regex(/^[A-Z]{2}$/, {
    error: 'must be a two-letter country code in capitals, e.g. "RU", or "ZZ" for an unknown or fictional country',
  }),
  /** Its website, e.g. "https://tass.com/". */
  url: webUrl.optional(),
});

export type Publisher = z.output<typeof publisherSchema>;
