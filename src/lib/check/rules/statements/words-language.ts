import { PAGE_LANGUAGE } from '../../../../schemas/common.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/** Scripts whose words cannot be English, so screen readers must be told their language. */
const OTHER_SCRIPTS =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Georgian}\p{Script=Armenian}]/u;

export const wordsLanguage = defineRule({
  id: 'words-language',
  severity: 'error',
  docs: 'Words of a `<Said>` or a `<Version>` in a script other than the Latin carry `lang`, so that screen readers read them in their language.',
  fix: 'Add `lang="…"` with the language of the words, e.g. `lang="ru"`.',
  example:
    'the words are not in English, but the <Said> has no lang  (add lang="…" with the language of the words, e.g. lang="ru"; spoken="…" is the language the speaker used)',
  check: ({ stories }) =>
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
    ),
});
