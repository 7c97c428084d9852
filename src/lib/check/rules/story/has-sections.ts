import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** An explainer gives background: at least one section beside the article. */
export const hasSections: Rule = ({ stories }) =>
  stories
    .filter((story) => story.index && story.sectionFileCount === 0)
    .map((story) =>
      problemAt(
        { file: story.index?.mdx.file ?? story.file, line: 1, column: 1 },
        'the explainer has no background sections',
        `add at least one section as another .mdx file in ${story.file}/, with title and order in its front matter`,
      ),
    );
