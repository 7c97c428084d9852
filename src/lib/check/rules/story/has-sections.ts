import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const hasSections = defineRule({
  id: 'has-sections',
  severity: 'error',
  docs: 'An explainer gives background: at least one section beside its `index.mdx`.',
  fix: "Add a section as another `.mdx` file in the story's folder, with `title` and `order` in its front matter.",
  example:
    'the explainer has no background sections  (add at least one section as another .mdx file in content/explainers/sample-story/, with title and order in its front matter)',
  check: ({ stories }) =>
    stories
      .filter((story) => story.index && story.sectionFileCount === 0)
      .map((story) =>
        problemAt(
          { file: story.index?.mdx.file ?? story.file, line: 1, column: 1 },
          'the explainer has no background sections',
          `add at least one section as another .mdx file in ${story.file}/, with title and order in its front matter`,
        ),
      ),
});
