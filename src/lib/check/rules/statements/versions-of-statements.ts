import { problemAt } from '../../../content/problem.ts';
import { writtenIdHint } from '../../content.ts';
import { defineRule } from '../../rule.ts';

export const versionsOfStatements = defineRule({
  id: 'versions-of-statements',
  severity: 'error',
  docs: 'A `<Version of="…">` names a statement of its story by the id written on its `<Said>`.',
  fix: 'Name a statement of the same story, and write its id on its `<Said>` (the hint gives the one it has now).',
  example:
    '<Version of="every-bolts">: the story has no statement with that id  (did you mean "every-bolt"? written statement ids that exist: every-bolt)',
  check: ({ stories }) =>
    stories.flatMap((story) =>
      story.versions.flatMap((version) => {
        if (story.unparsedIds.has(version.of)) return [];
        const statement = story.statements.find((candidate) => candidate.id === version.of);
        if (!statement) {
          return [
            problemAt(
              version,
              `<Version of="${version.of}">: the story has no statement with that id`,
              writtenIdHint(story, version.of),
            ),
          ];
        }
        if (!statement.idWritten) {
          return [
            problemAt(
              statement,
              `this statement has versions (${version.file}:${version.line}) but no written id`,
              `add id="${statement.id}" to the <Said>: an id made from the words changes when the words are corrected`,
            ),
          ];
        }
        return [];
      }),
    ),
});
