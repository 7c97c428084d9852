import { normalizeQuoteText } from '../../quote-match.ts';
import { problemAt } from '../../../content/problem.ts';
import { languageName } from '../../../text/languages.ts';
import { PAGE_LANGUAGE } from '../../../../schemas/common.ts';
import { storyRenderings, type WrittenRendering } from '../../content.ts';
import { defineRule } from '../../rule.ts';

/**
 * One act of speech has one original wording in a language. Two renderings from original
 * records that differ are shown as two originals: one of the records is most likely not the
 * speaker's own, or the renderings are of two statements.
 */
export const originalRecords = defineRule({
  id: 'original-records',
  severity: 'warning',
  docs: 'One statement has one original wording in a language: two renderings of it from original records (`original: true`) that differ are most likely a copy taken for an original, or two statements.',
  fix: "Check that each source is the speaker's own record; mark a report of the words as a copy (leave out `original`), or write the two as statements of their own.",
  example:
    'two original English wordings of "every-bolt": content/explainers/sample-story/index.mdx:12 differs, and both sources are original records  (check that each source is the speaker’s own record (original: true); a report of the words is a copy, or these are two statements)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) => {
      const fromOriginal = (rendering: WrittenRendering) =>
        rendering.source.some((citation) => sources.get(citation.source)?.data?.original === true);
      const seen = new Map<string, WrittenRendering>();
      return storyRenderings(story).flatMap((rendering) => {
        if (!rendering.statement || !fromOriginal(rendering)) return [];
        const lang = rendering.lang ?? PAGE_LANGUAGE;
        const key = `${rendering.statement.id} ${lang}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, rendering);
          return [];
        }
        if (normalizeQuoteText(first.text) === normalizeQuoteText(rendering.text)) return [];
        return [
          problemAt(
            rendering.at,
            `two original ${languageName(lang)} wordings of "${rendering.statement.id}": ${first.at.file}:${String(first.at.line)} differs, and both sources are original records`,
            'check that each source is the speaker’s own record (original: true); a report of the words is a copy, or these are two statements',
            'warning',
          ),
        ];
      });
    }),
});
