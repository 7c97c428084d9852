import type { SourceView } from './page-model.ts';

/** "UNN, relaying Russia-1": the publisher a reader can check, and whom it reports. */
export function sourceLabel(source: SourceView): string {
  return source.relays ? `${source.publisher}, relaying ${source.relays.publisher}` : source.publisher;
}
