import { PAGE_LANGUAGE } from '../../../../schemas/common.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** Scripts whose words cannot be English, so screen readers must be told their language. */
const OTHER_SCRIPTS =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Georgian}\p{Script=Armenian}]/u;

/** Quoted words in another script carry `lang`, or screen readers read them as English. */
export const wordsLanguage: Rule = ({ stories }) =>
  stories.flatMap((story) =>
    [
      ...story.statements.map((statement) => ({
        text: statement.text,
        lang: statement.lang,
        at: statement,
        tag: 'Said',
      })),
      ...story.versions.map((version) => ({ text: version.text, lang: version.lang, at: version, tag: 'Version' })),
    ].flatMap(({ text, lang, at, tag }) =>
      OTHER_SCRIPTS.test(text) && (lang ?? PAGE_LANGUAGE) === PAGE_LANGUAGE
        ? [
            problemAt(
              at,
              `the words are not in English, but the <${tag}> has no lang`,
              `add lang="…" with the language of the words, e.g. lang="ru"; spoken="…" is the language the speaker used`,
            ),
          ]
        : [],
    ),
  );
