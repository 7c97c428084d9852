import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';

/** An update's `source` names a source file, and its `story` another story of the site. */
export const updateReferences: Rule = ({ stories, sources }) =>
  stories.flatMap((story) => {
    const index = story.index;
    if (!index?.data || !index.place) return [];
    const place = index.place;
    const storySlugs = stories.filter((candidate) => candidate.hasIndex).map((candidate) => candidate.slug);
    return index.data.updates.flatMap((update, position): Problem[] => {
      const at = (field: string) => ({ file: index.mdx.file, ...locate(place, ['updates', position, field]) });
      const problems: Problem[] = [];
      if (update.source !== undefined && !sources.has(update.source)) {
        problems.push(
          problemAt(
            at('source'),
            `unknown source "${update.source}" for the update of ${update.date}`,
            unknownIdHint(update.source, [...sources.keys()], 'source'),
          ),
        );
      }
      if (update.story !== undefined && !storySlugs.includes(update.story)) {
        problems.push(
          problemAt(
            at('story'),
            `the update of ${update.date} links to the story "${update.story}", which does not exist`,
            unknownIdHint(update.story, storySlugs, 'story'),
          ),
        );
      } else if (update.story === story.slug) {
        problems.push(
          problemAt(
            at('story'),
            `the update of ${update.date} links to its own story`,
            'name the story that tells what happened next, or leave out story:',
          ),
        );
      }
      return problems;
    });
  });
