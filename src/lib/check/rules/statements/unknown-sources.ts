import { unknownIdHint } from '../../problems.ts';
import { citationText, storyCitations } from '../../content.ts';
import { problemAt } from '../../../content/problem.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/**
 * Every citation names a source it is taken from, then whom that source cites: sources, or
 * publishers when no item of theirs is known, each once (a chain that comes back is a cycle).
 */
export const unknownSources = defineRule({
  id: 'unknown-sources',
  severity: 'error',
  docs: 'Every citation of a statement, a version or an account names a source file, then the sources or publishers it cites, each once.',
  fix: 'Use one of the ids listed in the hint, or add `content/sources/<id>.yaml`; a relay chain names each source or publisher once, nearest first.',
  example:
    'unknown source "town-gazete-2024-05-02" in source="town-gazete-2024-05-02"  (did you mean "town-gazette-2024-05-02"? source ids that exist: council-radio-2024-05-01, town-gazette-2024-05-02)',
  check: ({ stories, sources, publishers }) =>
    stories.flatMap((story) =>
      storyCitations(story).flatMap(({ citation, at, written }): Problem[] => {
        const problems: Problem[] = [];
        if (!sources.has(citation.source)) {
          problems.push(
            problemAt(
              at,
              `unknown source "${citation.source}" in source="${written}"`,
              unknownIdHint(citation.source, [...sources.keys()], 'source'),
            ),
          );
        }
        const seen = new Set([citation.source]);
        for (const link of citation.citing) {
          if (seen.has(link)) {
            problems.push(
              problemAt(
                at,
                `"${citationText(citation)}" cites "${link}" twice: a relay chain cannot come back to where it passed`,
                'name each source or publisher once, nearest first: "report citing agency citing broadcast"',
              ),
            );
          } else if (!sources.has(link) && !publishers.has(link)) {
            problems.push(
              problemAt(
                at,
                `unknown source or publisher "${link}" cited in "${citationText(citation)}"`,
                unknownIdHint(link, [...sources.keys(), ...publishers.keys()], 'source or publisher'),
              ),
            );
          }
          seen.add(link);
        }
        return problems;
      }),
    ),
});
