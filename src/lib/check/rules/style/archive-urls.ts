import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const archiveUrls = defineRule({
  id: 'archive-urls',
  severity: 'warning',
  docs: 'A source with a `url` also has an `archiveUrl`: pages change and disappear.',
  fix: 'Add `archiveUrl:` with the address of a saved copy of the page.',
  example:
    'source "town-gazette-2024-05-02" has a url but no archiveUrl  (pages change and disappear: add archiveUrl with a saved copy of the page)',
  check: ({ sources }) =>
    [...sources.values()]
      .filter((source) => source.data?.url && !source.data.archiveUrl)
      .map((source) =>
        problemAt(
          { file: source.file, ...locate(source.place, ['url']) },
          `source "${source.id}" has a url but no archiveUrl`,
          'pages change and disappear: add archiveUrl with a saved copy of the page',
          'warning',
        ),
      ),
});
