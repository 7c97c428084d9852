import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isJsxElement, walk } from '../../../content/mdx.ts';
import {
  CITE_COMPONENT,
  findComponents,
  IN_SHORT_COMPONENT,
  STATEMENT_COMPONENT,
} from '../../../content/said-markup.ts';
import { problemAt, type Problem } from '../../../content/problem.ts';
import { storyMdxFiles, type ParsedStory } from '../../content.ts';
import { defineRule } from '../../rule.ts';

const IN_SHORT = `<${IN_SHORT_COMPONENT}>`;

/** True when a node holds a `<Cite>` or a `<Said>`: a point that says where it comes from. */
function isCited(node: Root | RootContent): boolean {
  let cited = false;
  walk(node.type === 'root' ? node : { type: 'root', children: [node] }, (child) => {
    if (isJsxElement(child) && (child.name === CITE_COMPONENT || child.name === STATEMENT_COMPONENT)) cited = true;
  });
  return cited;
}

/** The first words of a point, to name it in a message. */
function opening(node: RootContent): string {
  const words = toString(node).replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

/** The problems of one story's "In short": one, in the article, a list of points each cited. */
function inShortProblems(story: ParsedStory): Problem[] {
  const problems: Problem[] = [];
  const found = storyMdxFiles(story).flatMap((mdx) =>
    findComponents(mdx.tree, IN_SHORT_COMPONENT).map((component) => ({ mdx, component })),
  );
  found.forEach(({ mdx, component }, position) => {
    const at = { file: mdx.file, line: component.line, column: component.column };
    if (mdx !== story.index?.mdx) {
      problems.push(
        problemAt(at, `${IN_SHORT} in a background section`, `move it to the top of the article, index.mdx`),
      );
    } else if (position > 0) {
      problems.push(
        problemAt(at, `a second ${IN_SHORT} in the story`, `give the story one ${IN_SHORT}: merge the two lists`),
      );
    }
    const children = component.element.children.filter((child) => child.type !== 'text' || child.value.trim());
    const lists = children.flatMap((child) => (child.type === 'list' ? [child] : []));
    if (lists.length !== 1 || children.length !== 1) {
      problems.push(
        problemAt(
          at,
          `${IN_SHORT} holds something other than one list`,
          'write its points as a Markdown list, one "- " line each',
        ),
      );
    }
    for (const list of lists) {
      for (const item of list.children) {
        if (isCited(item)) continue;
        const line = item.position?.start.line ?? component.line;
        problems.push(
          problemAt(
            { file: mdx.file, line, column: item.position?.start.column ?? 1 },
            `the point "${opening(item)}" in ${IN_SHORT} says no source`,
            `back it like any claim: add <${CITE_COMPONENT} source="…" passage="…" /> after its words, or quote with <${STATEMENT_COMPONENT}>`,
          ),
        );
      }
    }
  });
  return problems;
}

/** A story's "In short" is one list at the top of its article, and each of its points is cited. */
export const inShort = defineRule({
  id: 'in-short',
  severity: 'error',
  docs: `A story's \`${IN_SHORT}\` is one Markdown list in the article (\`index.mdx\`), and each point in it is backed like any claim: by a \`<Cite>\` or a \`<Said>\`.`,
  fix: `Add \`<${CITE_COMPONENT} source="…" passage="…" />\` after the point's words; keep one \`${IN_SHORT}\`, in index.mdx.`,
  example: `the point "The bridge reopens in June." in ${IN_SHORT} says no source  (back it like any claim: add <${CITE_COMPONENT} source="…" passage="…" /> after its words, or quote with <${STATEMENT_COMPONENT}>)`,
  check: ({ stories }) => stories.flatMap(inShortProblems),
});
