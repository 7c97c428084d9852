/** What a reader is told when the words shown are not in the language the speaker used. */
import { languageName } from '../text/languages.ts';
import type { StatementView } from './statement-view.ts';

export interface TranslationNote {
  /** "Translated from Russian" for a quote; "Said in Russian" for a paraphrase, which retells rather than translates. */
  text: string;
  /** True when the content has the words in the language spoken, among the statement's versions. */
  hasOriginal: boolean;
}

/** The note for a statement shown in another language than the one spoken; undefined otherwise. */
export function translationNote(
  statement: Pick<StatementView, 'mode' | 'spokenLanguage' | 'wordsLanguage' | 'renderings'>,
): TranslationNote | undefined {
  const spoken = statement.spokenLanguage;
  if (spoken === undefined || spoken === statement.wordsLanguage) return undefined;
  const language = languageName(spoken);
  return {
    text: statement.mode === 'direct' ? `Translated from ${language}` : `Said in ${language}`,
    hasOriginal: statement.renderings.some((rendering) => rendering.original),
  };
}
