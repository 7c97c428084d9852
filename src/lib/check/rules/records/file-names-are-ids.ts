import { ID_PATTERN } from '../../../../schemas/common.ts';
import { slugWords } from '../../../content/said-markup.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

function notAnId(file: string, name: string) {
  return problemAt(
    { file, line: 1, column: 1 },
    `the name "${name}" is not an id: ids are lowercase letters, digits and hyphens`,
    `rename it to "${slugWords(name, Number.POSITIVE_INFINITY)}"`,
  );
}

export const fileNamesAreIds = defineRule({
  id: 'file-names-are-ids',
  severity: 'error',
  docs: 'The names of people, source, story and section files, which are their ids, are lowercase letters, digits and hyphens.',
  fix: 'Rename the file or folder as the hint says, and the ids that name it.',
  example:
    'the name "Sam-Silent" is not an id: ids are lowercase letters, digits and hyphens  (rename it to "sam-silent")',
  check: ({ files, stories }) => [
    ...[...files.people, ...files.sources]
      .filter((record) => !ID_PATTERN.test(record.id))
      .map((record) => notAnId(record.file, record.id)),
    ...stories.flatMap((story) => [
      ...(story.hasIndex && !ID_PATTERN.test(story.slug)
        ? [notAnId(story.index?.mdx.file ?? story.file, story.slug)]
        : []),
      ...story.sections
        .filter((section) => !ID_PATTERN.test(section.slug))
        .map((section) => notAnId(section.mdx.file, section.slug)),
    ]),
  ],
});
