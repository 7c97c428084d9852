/**
 * What a reader is told about one rendering of a statement's words: whether they are the
 * original, a copy in the language spoken, or a translation, and whose. Plain TypeScript,
 * tested without Astro.
 */
import type { TranslationKind } from '../../schemas/statement.ts';
import { languageName } from '../text/languages.ts';
import type { CitationView, PublisherView } from './sources.ts';

/** Who translated words, and whether the speaker's side published the translation. */
export interface TranslatorView {
  id: string;
  name: string;
  official: boolean;
}

/**
 * `original`: taken from an original record, in the language spoken; `copy`: in the language
 * spoken, from any other source; `translation`: in another language; `unknown`: the language
 * spoken is not recorded, and no original record says it.
 */
export type RenderingKind = 'original' | 'copy' | 'translation' | 'unknown';

/** Where a rendering stands, in words. */
export interface RenderingAttribution {
  kind: RenderingKind;
  /** Set for a translation. */
  translator: TranslatorView | undefined;
  /** True when the words are taken from an original record. */
  original: boolean;
  /** What comes before the citations: "translated from Russian by TASS, published by". */
  lead: string;
  /** The whole of it: "a copy in Russian, published by lifelines.name". */
  label: string;
}

/** What a rendering is made from. */
export interface RenderingFacts {
  /** Language of the words, e.g. "en". */
  lang: string;
  /** Language the speaker used, when known. */
  spoken: string | undefined;
  citations: readonly CitationView[];
  /** The publisher named by `translator="…"`, when the editor named one. */
  translator: PublisherView | undefined;
  translation: TranslationKind | undefined;
}

/** "The Kremlin’s", "Reuters’". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/**
 * The translator of words not in the language spoken: the publisher named by `translator`,
 * else the outlet whose words the first source holds (for a republished item, the original's).
 */
export function translatorOf(facts: RenderingFacts): TranslatorView | undefined {
  if (facts.spoken === undefined || facts.spoken === facts.lang) return undefined;
  const publisher = facts.translator ?? facts.citations[0]?.source.originalPublisher;
  if (!publisher) return undefined;
  return { id: publisher.id, name: publisher.name, official: facts.translation === 'official' };
}

/** The kind of a rendering: see `RenderingKind`. */
function kindOf(facts: RenderingFacts, fromOriginal: boolean): RenderingKind {
  if (facts.spoken !== undefined && facts.spoken !== facts.lang) return 'translation';
  if (fromOriginal) return 'original';
  return facts.spoken === undefined ? 'unknown' : 'copy';
}

/** Says what a rendering is and whose: the words are only "the original" when an original record gives them. */
export function renderingAttribution(facts: RenderingFacts): RenderingAttribution {
  const fromOriginal = facts.citations.some((citation) => citation.source.original);
  const kind = kindOf(facts, fromOriginal);
  const translator = translatorOf(facts);
  const language = languageName(facts.lang);
  const spoken = languageName(facts.spoken ?? facts.lang);
  let lead: string;
  if (kind === 'original') lead = `the original ${language}, published by`;
  else if (kind === 'copy') lead = `a copy in ${language}, published by`;
  else if (kind === 'unknown' || !translator) lead = 'published by';
  else if (translator.id === facts.citations[0]?.source.originalPublisher.id) {
    lead = translator.official
      ? `the official translation from ${spoken}, published by`
      : `translated from ${spoken} and published by`;
  } else {
    lead = translator.official
      ? `${possessive(translator.name)} official translation from ${spoken}, published by`
      : `translated from ${spoken} by ${translator.name}, published by`;
  }
  const cited = facts.citations.map((citation) => citation.label).join('; ');
  return { kind, translator, original: kind === 'original', lead, label: `${lead} ${cited}` };
}

/** A translation in a few words, on its own: "Translated from Russian by TASS", "The Kremlin’s official translation from Russian". */
export function translationLabel(translator: TranslatorView, spoken: string): string {
  const language = languageName(spoken);
  return translator.official
    ? `${possessive(translator.name)} official translation from ${language}`
    : `Translated from ${language} by ${translator.name}`;
}
