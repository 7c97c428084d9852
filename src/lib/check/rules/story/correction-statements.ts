import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { writtenIdHint, type Rule } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';

/**
 * Each statement a correction names is a statement of the story, by the id written on it:
 * the page marks it and links it to the correction, and an id made from the words would
 * change with the very words the correction put right.
 */
export const correctionStatements: Rule = ({ stories }) =>
  stories.flatMap((story) => {
    const index = story.index;
    if (!index?.data || !index.place) return [];
    const place = index.place;
    return index.data.corrections.flatMap((correction, number) =>
      correction.statements.flatMap((id, position): Problem[] => {
        const at = { file: index.mdx.file, ...locate(place, ['corrections', number, 'statements', position]) };
        if (story.unparsedIds.has(id)) return [];
        const statement = story.statements.find((candidate) => candidate.id === id);
        if (!statement) {
          return [
            problemAt(
              at,
              `the correction of ${correction.date} names the statement "${id}", which the story does not have`,
              writtenIdHint(story, id),
            ),
          ];
        }
        if (!statement.idWritten) {
          return [
            problemAt(
              statement,
              `this statement is named by a correction (${index.mdx.file}:${at.line}) but has no written id`,
              `add id="${statement.id}" to the <Said>: an id made from the words changes when the words are corrected`,
            ),
          ];
        }
        return [];
      }),
    );
  });
