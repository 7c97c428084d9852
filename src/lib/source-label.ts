import type { SourceView } from './page-model.ts';

/** "UNN, relaying Russia-1": the publisher a reader can check, and whom it reports. */
export function sourceLabel(source: SourceView): string {
  return source.relays ? `${source.publisher}, relaying ${source.relays.publisher}` : source.publisher;
}

/** The anchor of a source in the page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The anchor of a statement's entry in the "Who said what" sidebar. */
export function sidebarAnchor(statementId: string): string {
  return `wsw-${statementId}`;
}
