/** What a reader is told when the words shown are not in the language the speaker used. */
import { languageName } from '../text/languages.ts';
import { translationLabel } from './renderings.ts';
import type { StatementView } from './statement-view.ts';

export interface TranslationNote {
  /**
   * "Translated from Russian by TASS" for a quote; "Said in Russian; reported in English by UNN"
   * for a paraphrase, which retells rather than translates.
   */
  text: string;
  /**
   * The words in the language spoken, when the statement's versions have them: as an original
   * record gives them, else as a copy; with what a link to them says, "the words in Russian".
   */
  spokenWords: { kind: 'original' | 'copy'; label: string } | undefined;
}

/** The words in the language spoken among a statement's renderings: the original first, else a copy. */
function spokenWordsOf(renderings: StatementView['renderings'], spoken: string): TranslationNote['spokenWords'] {
  if (renderings.some((rendering) => rendering.kind === 'original')) {
    return { kind: 'original', label: 'the original words' };
  }
  if (renderings.some((rendering) => rendering.kind === 'copy')) {
    return { kind: 'copy', label: `the words in ${languageName(spoken)}` };
  }
  return undefined;
}

/** The note for a statement shown in another language than the one spoken; undefined otherwise. */
export function translationNote(
  statement: Pick<StatementView, 'mode' | 'spokenLanguage' | 'wordsLanguage' | 'renderings'>,
): TranslationNote | undefined {
  const spoken = statement.spokenLanguage;
  if (spoken === undefined || spoken === statement.wordsLanguage) return undefined;
  const translator = statement.renderings[0]?.translator;
  const language = languageName(spoken);
  let text: string;
  if (statement.mode === 'paraphrase') {
    const reporter = translator ? `; reported in ${languageName(statement.wordsLanguage)} by ${translator.name}` : '';
    text = `Said in ${language}${reporter}`;
  } else {
    text = translator ? translationLabel(translator, spoken) : `Translated from ${language}`;
  }
  return { text, spokenWords: spokenWordsOf(statement.renderings, spoken) };
}
