/** Collects the `<Cite>`s of a story: claims in its own voice, each with the passage of a source that backs it. */
import { citeAttributesSchema } from '../../schemas/cite.ts';
import type { Problem } from '../content/problem.ts';
import { readingProblem } from '../content/reading-problems.ts';
import { CITE_COMPONENT, citeKey, findComponents } from '../content/said-markup.ts';
import type { ParsedCite, ParsedStory } from './content.ts';
import { placeOf, readAttributes, storyFiles } from './parse-statements.ts';

/** True when place `a` comes before place `b` in one file. */
function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * The `<Cite>`s of a story in reading order, each with its key on the page and the number of
 * statements before it, so that the marks of statements and cites are numbered in one order.
 * Call it after the statements are parsed.
 */
export function parseCites(story: ParsedStory, problems: Problem[]): ParsedCite[] {
  const cites: ParsedCite[] = [];
  let earlier = 0;
  for (const { mdx } of storyFiles(story)) {
    const statements = story.statements.filter((statement) => statement.file === mdx.file);
    findComponents(mdx.tree, CITE_COMPONENT).forEach((found, index) => {
      const at = placeOf(mdx, found);
      if (found.inside.length > 0) {
        problems.push(
          readingProblem(
            'component-nesting',
            at,
            `<${CITE_COMPONENT}> inside <${found.inside.at(-1) ?? ''}>`,
            `a <${CITE_COMPONENT}> backs the story's own words: put it after them, outside any other component`,
          ),
        );
        return;
      }
      if (found.text) {
        problems.push(
          readingProblem(
            'self-closing-cites',
            at,
            `<${CITE_COMPONENT}> has words between its tags`,
            `write the source's words in passage="…" and close it at once: <${CITE_COMPONENT} source="…" passage="…" />`,
          ),
        );
        return;
      }
      const attributes = readAttributes(CITE_COMPONENT, found, citeAttributesSchema, at);
      if ('problems' in attributes) {
        problems.push(...attributes.problems);
        return;
      }
      cites.push({
        ...attributes.data,
        key: citeKey(mdx.file, index + 1),
        after: earlier + statements.filter((statement) => before(statement, found)).length,
        ...at,
      });
    });
    earlier += statements.length;
  }
  return cites;
}
