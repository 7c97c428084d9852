import type { Root } from 'mdast';
import { walk } from '../../../content/mdx.ts';
import { STORY_COMPONENTS } from '../../../content/said-markup.ts';
import { problemAt } from '../../../content/problem.ts';
import { storyMdxFiles } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/** Attribution verbs that pass judgement on the speaker; neutral prose says "said". */
const LOADED_VERBS = /\b(admit(?:s|ted)?|claim(?:s|ed)?|insist(?:s|ed)?|reveal(?:s|ed)?)\b/gi;

/** Loaded attribution verbs in one file's prose, outside quotation marks and the words of statements, versions and accounts. */
export function loadedVerbWarnings(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node, ancestors) => {
    if (node.type !== 'text' || !node.position) return;
    if (ancestors.some((ancestor) => 'name' in ancestor && STORY_COMPONENTS.includes(ancestor.name ?? ''))) return;
    const withoutQuotes = node.value.replace(/"[^"]*"|“[^”]*”/g, (quoted) => ' '.repeat(quoted.length));
    for (const match of withoutQuotes.matchAll(LOADED_VERBS)) {
      const before = node.value.slice(0, match.index);
      const lines = before.split('\n');
      const line = node.position.start.line + lines.length - 1;
      const column = lines.length > 1 ? (lines.at(-1)?.length ?? 0) + 1 : node.position.start.column + before.length;
      problems.push(
        problemAt(
          { file, line, column },
          `"${match[0]}" judges the speaker; the story's own voice should be neutral`,
          'write "said", or quote the source that uses the word',
          'warning',
        ),
      );
    }
  });
  return problems;
}

export const loadedVerbs = defineRule({
  id: 'loaded-verbs',
  severity: 'warning',
  docs: 'The story\'s own voice attributes neutrally: verbs that judge the speaker, such as "claimed", "admitted", "insisted" or "revealed", appear only inside quotes.',
  fix: 'Write "said", or quote the source that uses the word.',
  example:
    '"claimed" judges the speaker; the story\'s own voice should be neutral  (write "said", or quote the source that uses the word)',
  check: ({ stories }) =>
    stories.flatMap((story) => storyMdxFiles(story).flatMap((mdx) => loadedVerbWarnings(mdx.file, mdx.tree))),
});
