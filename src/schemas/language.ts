/**
 * Language tags (BCP 47), checked against the IANA Language Subtag Registry that the
 * `language-tags` package ships: a tag must name a language that exists, and a wrong one gets
 * the tag it was most likely meant to be.
 */
import { z } from 'astro/zod';
import tags from 'language-tags';

/** The shape of a tag: a language subtag in lower case, then subtags joined by hyphens. */
const WELL_FORMED = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const EXAMPLES = 'such as "en", "ru" or "uk"';
/** A misspelt language name is matched to the registry's names by at least this many first letters. */
const NAME_PREFIX = 4;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const scriptNames = new Intl.DisplayNames(['en'], { type: 'script' });

/** True when the text is a tag the registry knows, with no deprecated or redundant part. */
export function isRegisteredLanguageTag(text: string): boolean {
  return WELL_FORMED.test(text) && tags(text).valid();
}

/** "uk" → "Ukrainian", "en-GB" → "British English". */
function nameOf(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The same tag as the Unicode locale data writes it, which maps old and three-letter codes: "eng" → "en", "iw" → "he", "en-UK" → "en-GB", "en_GB" → "en-GB". */
function canonicalTag(text: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(text.replaceAll('_', '-'));
    return canonical !== undefined && canonical !== text && isRegisteredLanguageTag(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** For a country code written as a language: the country, and the language most spoken there. */
function countryAdvice(text: string): string | undefined {
  const region = tags.region(text);
  if (!region || tags.language(text) || region.descriptions().includes('Private use')) return undefined;
  const code = region.format();
  const country = regionNames.of(code) ?? region.descriptions()[0] ?? code;
  const likely = new Intl.Locale(`und-${code}`).maximize().language;
  return isRegisteredLanguageTag(likely)
    ? `"${text}" is the country code of ${country}; ${nameOf(likely)} is "${likely}"`
    : `"${text}" is the country code of ${country}, not a language`;
}

/** For a language's name written instead of its tag: the tag, by the name or its first letters. */
function nameAdvice(text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  if (wanted.length < NAME_PREFIX || !/^\p{L}[\p{L} ]*$/u.test(wanted)) return undefined;
  const candidates = tags
    .search(new RegExp(`^${wanted.slice(0, NAME_PREFIX)}`, 'i'))
    .flatMap((found) =>
      'descriptions' in found && found.type() === 'language'
        ? found.descriptions().map((name) => ({ code: found.format(), name }))
        : [],
    );
  const exact = candidates.filter(({ name }) => name.toLowerCase() === wanted);
  const [best] = (exact.length > 0 ? exact : candidates).sort(
    (a, b) =>
      Math.abs(a.name.length - wanted.length) - Math.abs(b.name.length - wanted.length) ||
      a.code.length - b.code.length,
  );
  if (!best) return undefined;
  return exact.length > 0 ? `${best.name} is "${best.code}"` : `did you mean ${best.name}, "${best.code}"?`;
}

/** What the registry says is wrong with a well-formed tag, and what to write instead. */
function registryAdvice(text: string): string {
  const tag = tags(text);
  const canonical = canonicalTag(text);
  if (canonical) {
    const deprecated = tag.subtags().some((subtag) => subtag.deprecated());
    return `${deprecated ? `"${text}" is no longer used; ` : ''}write "${canonical}" (${nameOf(canonical)})`;
  }
  const script = tag.subtags().find((subtag) => subtag.type() === 'script');
  const language = tag.language();
  if (script && language?.script()?.format() === script.format()) {
    const plain = text.replace(new RegExp(`-${script.format()}(?=-|$)`, 'i'), '');
    const scriptName = scriptNames.of(script.format()) ?? script.format();
    return `${nameOf(plain)} is written in ${scriptName} unless its tag says otherwise: write "${plain}"`;
  }
  const unknown = text.split('-').find((subtag, index) => index > 0 && tags.subtags(subtag).length === 0);
  if (language && unknown) return `"${unknown}" is not a subtag of the registry`;
  // Rarer faults (a variant twice, subtags out of order): the registry reader's own words.
  return language ? (tag.errors()[0]?.message ?? '') : '';
}

/**
 * Why a text is not a language tag of the registry, with the tag it was most likely meant to
 * be, or undefined when it is one.
 */
export function languageTagError(input: unknown): string | undefined {
  const text = typeof input === 'string' ? input : '';
  if (isRegisteredLanguageTag(text)) return undefined;
  if (!WELL_FORMED.test(text)) {
    const canonical = canonicalTag(text);
    const advice = canonical ? `write "${canonical}" (${nameOf(canonical)})` : nameAdvice(text);
    return `must be a language tag ${EXAMPLES}${advice ? `: ${advice}` : ''}`;
  }
  const advice = countryAdvice(text) ?? registryAdvice(text);
  return advice
    ? `must be a language tag of the IANA registry (BCP 47): ${advice}`
    : `must be a language tag of the IANA registry (BCP 47), ${EXAMPLES}: there is no language "${text}"`;
}

/** A language tag (BCP 47) that the IANA registry knows, e.g. `en`, `ru`, `uk`, `pt-BR`. */
export const languageTag = z
  .string({ error: `must be a language tag ${EXAMPLES}` })
  .regex(WELL_FORMED, { error: (issue) => languageTagError(issue.input), abort: true })
  .refine(isRegisteredLanguageTag, { error: (issue) => languageTagError(issue.input) });
