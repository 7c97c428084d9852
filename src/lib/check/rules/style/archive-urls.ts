import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** Sources that link to a page but to no archived copy of it. */
export const archiveUrls: Rule = ({ sources }) =>
  [...sources.values()]
    .filter((source) => source.data?.url && !source.data.archiveUrl)
    .map((source) =>
      problemAt(
        { file: source.file, ...locate(source.place, ['url']) },
        `source "${source.id}" has a url but no archiveUrl`,
        'pages change and disappear: add archiveUrl with a saved copy of the page',
        'warning',
      ),
    );
