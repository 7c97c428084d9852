import type { Root, RootContent } from 'mdast';
import { walk } from '../../../content/mdx.ts';
import { storyMdxFiles, type ParsedContent } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';

/** Where a node starts in its file. */
export interface NodePlace {
  file: string;
  line: number;
  column: number;
}

/** Runs `check` on every node of every story file, collecting what it reports. */
export function checkNodes(
  content: ParsedContent,
  check: (node: RootContent, at: NodePlace, ancestors: readonly (Root | RootContent)[]) => Problem[],
): Problem[] {
  const problems: Problem[] = [];
  for (const story of content.stories) {
    for (const mdx of storyMdxFiles(story)) {
      walk(mdx.tree, (node, ancestors) => {
        const at = { file: mdx.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
        problems.push(...check(node, at, ancestors));
      });
    }
  }
  return problems;
}
