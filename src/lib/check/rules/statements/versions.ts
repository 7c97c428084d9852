import { problemAt } from '../../../content/problem.ts';
import { writtenIdHint, type Rule } from '../../content.ts';

/** A `<Version>` names a statement of its story by the id written on it. */
export const versionsOfStatements: Rule = ({ stories }) =>
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
  );
