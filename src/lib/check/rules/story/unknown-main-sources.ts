import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** The story's `sources:` name source files. */
export const unknownMainSources: Rule = ({ stories, sources }) =>
  stories.flatMap((story) => {
    const index = story.index;
    if (!index?.data || !index.place) return [];
    const place = index.place;
    return index.data.sources.flatMap((id, position) =>
      sources.has(id)
        ? []
        : [
            problemAt(
              { file: index.mdx.file, ...locate(place, ['sources', position]) },
              `unknown source "${id}" in the story's sources`,
              unknownIdHint(id, [...sources.keys()], 'source'),
            ),
          ],
    );
  });
