/** The parts of CONTENT.md that `npm run reference` writes, each between two marker lines. */

/** The marker lines around the part called `name`, e.g. "fields". */
export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start (written by npm run reference) -->`, end: `<!-- ${name}:end -->` };
}

/** CONTENT.md with the text between the markers of `name` replaced by `text`. */
export function replaceGenerated(guide: string, name: string, text: string): string {
  const { start, end } = markers(name);
  const from = guide.indexOf(start);
  const to = guide.indexOf(end);
  if (from < 0 || to < from) throw new Error(`CONTENT.md needs the lines ${start} and ${end}`);
  return `${guide.slice(0, from + start.length)}\n\n${text}\n\n${guide.slice(to)}`;
}
