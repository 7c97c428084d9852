import { ID_PATTERN } from '../../../../schemas/common.ts';
import { slugWords } from '../../../content/said-markup.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

function notAnId(file: string, name: string) {
  return problemAt(
    { file, line: 1, column: 1 },
    `the name "${name}" is not an id: ids are lowercase letters, digits and hyphens`,
    `rename it to "${slugWords(name, Number.POSITIVE_INFINITY)}"`,
  );
}

/** File and folder names that serve as ids (people, sources, stories, sections) must be ids. */
export const fileNamesAreIds: Rule = ({ files, stories }) => [
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
];
