import { PAGE_LANGUAGE } from '../../../../schemas/common.ts';
import { problemAt, type Problem } from '../../../content/problem.ts';
import { languageName } from '../../../text/languages.ts';
import { storyRenderings, type ParsedContent, type WrittenRendering } from '../../content.ts';
import { defineRule } from '../../rule.ts';

/** Scripts whose words cannot be English, so screen readers must be told their language. */
const OTHER_SCRIPTS =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Georgian}\p{Script=Armenian}]/u;

/** "pt-BR" and "pt" are one language here: a source's language and the words' agree on the first part. */
function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}

/** The sources of quoted words published in another language than the words are said to be in. */
function mismatches(rendering: WrittenRendering, sources: ParsedContent['sources']): Problem[] {
  const lang = rendering.lang ?? PAGE_LANGUAGE;
  const words = languageName(lang);
  return rendering.source.flatMap((citation) => {
    const language = sources.get(citation.source)?.data?.language;
    if (language === undefined || sameLanguage(language, lang)) return [];
    const published = `its source "${citation.source}" is published in ${languageName(language)} (language: ${language})`;
    return [
      rendering.lang === undefined
        ? problemAt(
            rendering.at,
            `the <${rendering.tag}> has no lang, so its words are taken as ${words}, but ${published}`,
            `add lang="${language}" if the words are ${languageName(language)}, or take them from a source in ${words}`,
          )
        : problemAt(
            rendering.at,
            `the words are in ${words} (lang="${lang}"), but ${published}`,
            `write lang="${language}" if the words are ${languageName(language)}; otherwise take them from a source in ${words}`,
          ),
    ];
  });
}

/**
 * Quoted words are in the language of the source they are taken from, and say so with `lang`
 * when it is not English: screen readers read them in that language, and a reader is told
 * whether they are a translation. A paraphrase is the story's own words, in English.
 */
export const wordsLanguage = defineRule({
  id: 'words-language',
  severity: 'error',
  docs: "Quoted words are in the language of the source they are taken from, in any script, and words that are not English carry `lang`, so that screen readers read them in their language and a reader is told whether they are a translation. A paraphrase is the story's own words, in English.",
  fix: 'Add `lang="…"` with the language of the words, e.g. `lang="ru"`, or take the words from a source published in their language.',
  example:
    'the words are not in English, but the <Said> has no lang  (add lang="…" with the language of the words, e.g. lang="ru"; spoken="…" is the language the speaker used)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) =>
      storyRenderings(story).flatMap((rendering) => {
        const quoted = rendering.tag === 'Version' || rendering.statement?.mode === 'direct';
        const wrong = quoted ? mismatches(rendering, sources) : [];
        if (wrong.length > 0) return wrong;
        return OTHER_SCRIPTS.test(rendering.text) && (rendering.lang ?? PAGE_LANGUAGE) === PAGE_LANGUAGE
          ? [
              problemAt(
                rendering.at,
                `the words are not in English, but the <${rendering.tag}> has no lang`,
                `add lang="…" with the language of the words, e.g. lang="ru"; spoken="…" is the language the speaker used`,
              ),
            ]
          : [];
      }),
    ),
});
