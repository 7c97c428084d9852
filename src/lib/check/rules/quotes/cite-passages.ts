import { checkPassage } from '../../passages.ts';
import type { Rule } from '../../content.ts';

/** The passage a `<Cite>` gives for the story's claim is in the stored text of its source. */
export const citePassagesInSources: Rule = ({ stories, sources }) =>
  stories.flatMap((story) =>
    story.cites.flatMap((cite) =>
      checkPassage({ noun: 'passage', words: cite.passage, source: cite.source, at: cite }, sources),
    ),
  );
