import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const sectionsNeedAStory = defineRule({
  id: 'sections-need-a-story',
  severity: 'error',
  docs: 'Every section sits in a story folder that has an `index.mdx`.',
  fix: "Add the story's `index.mdx`, or move the section into a story folder.",
  example:
    "this section belongs to no explainer: its folder has no index.mdx  (add content/explainers/orphan/index.mdx with the story's front matter, or move the section into a story folder)",
  check: ({ stories }) =>
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
      ),
});
