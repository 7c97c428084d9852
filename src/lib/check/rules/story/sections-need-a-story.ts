import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** Sections in a folder with no `index.mdx` belong to no story. */
export const sectionsNeedAStory: Rule = ({ stories }) =>
  stories
    .filter((story) => !story.hasIndex)
    .flatMap((story) =>
      story.sections.map((section) =>
        problemAt(
          { file: section.mdx.file, line: 1, column: 1 },
          'this section belongs to no explainer: its folder has no index.mdx',
          `add ${story.file}/index.mdx with the story's front matter, or move the section into a story folder`,
        ),
      ),
    );
