/** Short forms of long texts, for lists that show a statement in a line. */

export const EXCERPT_LENGTH = 140;

/** Shortens a text at a word boundary, with an ellipsis when anything was cut. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
