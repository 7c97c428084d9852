import { PAGE_LANGUAGE } from '../../../../schemas/common.ts';
import { unknownIdHint } from '../../problems.ts';
import { problemAt, type Problem } from '../../../content/problem.ts';
import { languageName } from '../../../text/languages.ts';
import { storyRenderings } from '../../content.ts';
import { defineRule } from '../../rule.ts';

/**
 * `translator` names a publisher, and `translator` and `translation` are written only on a
 * translation: words whose statement says the speaker used another language.
 */
export const translators = defineRule({
  id: 'translators',
  severity: 'error',
  docs: 'A `translator` names a publisher, and `translator` and `translation` are written only on a translation: words in another language than the one spoken, which their statement gives with `spoken`.',
  fix: 'Name the translating outlet by its publisher id; add `spoken="…"` to the statement; remove `translator` and `translation` from words in the language spoken.',
  example:
    'unknown translator "wire-agency": a translator is named by its publisher id  (publisher ids that exist: council-radio, town-gazette; add content/publishers/wire-agency.yaml if it is new)',
  check: ({ stories, publishers }) =>
    stories.flatMap((story) =>
      storyRenderings(story).flatMap((rendering): Problem[] => {
        const { translator, translation, statement, tag, at } = rendering;
        if (translator === undefined && translation === undefined) return [];
        const written = translator === undefined ? `translation="${translation ?? ''}"` : `translator="${translator}"`;
        if (translator !== undefined && !publishers.has(translator)) {
          return [
            problemAt(
              at,
              `unknown translator "${translator}": a translator is named by its publisher id`,
              `${unknownIdHint(translator, [...publishers.keys()], 'publisher')}; add content/publishers/${translator}.yaml if it is new`,
            ),
          ];
        }
        // A <Version> of a statement the story does not have is reported by its own rule.
        if (!statement) return [];
        const lang = rendering.lang ?? PAGE_LANGUAGE;
        if (statement.spoken === undefined) {
          return [
            problemAt(
              at,
              `${written} on words whose statement does not say which language was spoken`,
              `add spoken="…" to the <Said id="${statement.id}">, e.g. spoken="ru"; a translation is from the language spoken`,
            ),
          ];
        }
        if (statement.spoken === lang) {
          return [
            problemAt(
              at,
              `${written} on words in ${languageName(lang)}, the language spoken: the <${tag}> is not a translation`,
              `remove ${written}; if the words are a translation, give their language with lang="…"`,
            ),
          ];
        }
        return [];
      }),
    ),
});
