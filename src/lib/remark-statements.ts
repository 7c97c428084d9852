import type { Root } from 'mdast';
import type { VFile } from 'vfile';
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

/**
 * Tells each `<Said>` which statement of its story it is and whether it stands as a block,
 * so that the component renders the statement from the page model, not from raw attributes.
 */
export function remarkStatements() {
  return (tree: Root, file: VFile) => {
    if (!file.path || !isStoryFile(file.path)) return;
    for (const found of findStatements(tree)) {
      setAttribute(found, 'statement', found.id);
      setAttribute(found, 'display', found.display);
    }
  };
}
