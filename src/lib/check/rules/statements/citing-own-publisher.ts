import { citationText, storyCitations, type Rule } from '../../content.ts';
import { problemAt } from '../../../content/problem.ts';

/**
 * A link of a relay chain cites someone else: a source whose next link is its own publisher
 * ("unn-2025-06-29 citing unn") would show the outlet relaying itself.
 */
export const citingOwnPublisher: Rule = ({ stories, sources }) =>
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
  );
