import { citationText, storyCitations } from '../../content.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const citingOwnPublisher = defineRule({
  id: 'citing-own-publisher',
  severity: 'error',
  docs: 'A link of a relay chain cites someone else: a source whose next link is its own publisher (`unn-2025-06-29 citing unn`, where UNN publishes `unn-2025-06-29`) would show the outlet relaying itself.',
  fix: 'Leave out that `citing …`; to name another item of the same outlet, cite its source id.',
  example:
    '"town-gazette-2024-05-02 citing town-gazette": "town-gazette-2024-05-02" is published by "town-gazette" itself, and an outlet cannot relay its own words  (leave out "citing town-gazette"; to name another item of the same outlet, cite its source id)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) =>
      storyCitations(story).flatMap(({ citation, at }) => {
        const chain = [citation.source, ...citation.citing];
        return chain.slice(0, -1).flatMap((link, index) => {
          const next = chain[index + 1] ?? '';
          const publisher = sources.get(link)?.data?.publisher;
          if (publisher !== next) return [];
          return [
            problemAt(
              at,
              `"${citationText(citation)}": "${link}" is published by "${next}" itself, and an outlet cannot relay its own words`,
              `leave out "citing ${next}"; to name another item of the same outlet, cite its source id`,
            ),
          ];
        });
      }),
    ),
});
