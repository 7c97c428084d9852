import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findStatements, type FoundStatement } from './statements.ts';

/** Which story and section a content file belongs to, from its path. */
export function placeOfFile(path: string): { explainer: string; section?: string } | undefined {
  const match = /[\\/]explainers[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx$/.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  return match[2] === 'index' ? { explainer: match[1] } : { explainer: match[1], section: match[2] };
}

/** The collection id of a statement: its story, then its anchor. */
export function statementEntryId(explainer: string, statementId: string): string {
  return `${explainer}/${statementId}`;
}

function setAttribute(found: FoundStatement, name: string, value: string): void {
  const attributes = found.element.attributes.filter(
    (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === name),
  );
  attributes.push({ type: 'mdxJsxAttribute', name, value });
  found.element.attributes = attributes;
}

/**
 * Tells each `<Said>` which collected statement it is and whether it stands as a block,
 * so the component renders from the validated collection rather than from raw attributes.
 */
export function remarkStatements() {
  return (tree: Root, file: VFile) => {
    const place = file.path ? placeOfFile(file.path) : undefined;
    if (!place) return;
    for (const found of findStatements(tree)) {
      setAttribute(found, 'entry', statementEntryId(place.explainer, found.id));
      setAttribute(found, 'display', found.display);
    }
  };
}
