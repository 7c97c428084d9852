import { checkPassage } from '../../passages.ts';
import { defineRule } from '../../rule.ts';

/** The passage a `<Cite>` gives for the story's claim is in the stored text of its source. */
export const citePassages = defineRule({
  id: 'cite-passages',
  severity: 'error',
  docs: "The `passage` of a `<Cite>`, the source's words that back the story's own claim, is in the source's stored text (`excerpt:` or `sources/<id>.txt`), which the source must have.",
  fix: "Copy the words exactly from the source (the hint shows its closest passage), or add the passage, word for word, to the source's `excerpt:` or its `.txt`.",
  example:
    'the passage "closed to traffic since March" cannot be checked: "council-radio-2024-05-02" has no stored text  (add the passage, word for word, to excerpt: in content/sources/council-radio-2024-05-02.yaml, or the whole text to content/sources/council-radio-2024-05-02.txt)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) =>
      story.cites.flatMap((cite) =>
        checkPassage({ noun: 'passage', words: cite.passage, source: cite.source, at: cite }, sources),
      ),
    ),
});
