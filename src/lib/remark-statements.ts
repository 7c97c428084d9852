import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './mdx.ts';
import { findStatements, type FoundStatement } from './statements.ts';

/** True for a story's MDX files: `explainers/<story>/<file>.mdx`. */
export function isStoryFile(path: string): boolean {
  return /[\\/]explainers[\\/][^\\/]+[\\/][^\\/]+\.mdx$/.test(path);
}

/** The collection id of a statement: its story, then its anchor. */
export function statementEntryId(story: string, statementId: string): string {
  return `${story}/${statementId}`;
}

function setAttribute(found: FoundStatement, name: string, value: string): void {
  const attributes = found.element.attributes.filter(
    (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === name),
  );
  attributes.push({ type: 'mdxJsxAttribute', name, value });
  found.element.attributes = attributes;
}

/** Punctuation that closes a sentence or a clause around a statement, and must not start a line. */
const TAIL = /^[.,;:!?)\]\u201d\u2019\u2026"']+/;

/** The children list that holds each node of the tree. */
function siblingLists(tree: Root): Map<RootContent, RootContent[]> {
  const lists = new Map<RootContent, RootContent[]>();
  walk(tree, (node, ancestors) => {
    const parent = ancestors.at(-1);
    if (parent && 'children' in parent) lists.set(node, parent.children);
  });
  return lists;
}

/**
 * Moves the punctuation written right after an inline statement (`</Said>.`) into it, as
 * `tail`, so that the statement renders it glued to its speaker's chip: left in the text, a
 * full stop stands apart from the chip and can wrap onto a line of its own.
 */
function takeTail(found: FoundStatement, siblings: RootContent[] | undefined): void {
  const index = siblings ? siblings.indexOf(found.element) + 1 : 0;
  const next = siblings?.[index];
  if (!siblings || next?.type !== 'text') return;
  const tail = TAIL.exec(next.value)?.[0];
  if (!tail) return;
  setAttribute(found, 'tail', tail);
  next.value = next.value.slice(tail.length);
  if (next.value === '') siblings.splice(index, 1);
}

/**
 * Tells each `<Said>` which statement of its story it is and whether it stands as a block,
 * so that the component renders the statement from the page model, not from raw attributes;
 * an inline one also takes the punctuation that follows it. It runs after SmartyPants, so
 * that punctuation is already typeset.
 */
export function remarkStatements() {
  return (tree: Root, file: VFile) => {
    if (!file.path || !isStoryFile(file.path)) return;
    const siblings = siblingLists(tree);
    for (const found of findStatements(tree)) {
      setAttribute(found, 'statement', found.id);
      setAttribute(found, 'display', found.display);
      if (found.display === 'inline') takeTail(found, siblings.get(found.element));
    }
  };
}
