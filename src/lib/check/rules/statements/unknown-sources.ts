import { unknownIdHint } from '../../problems.ts';
import { problemAt, type Rule } from '../../content.ts';

/** Every id in a statement's `source` names a source file. */
export const unknownSources: Rule = ({ stories, sources }) =>
  stories.flatMap((story) =>
    story.statements.flatMap((statement) =>
      statement.source
        .filter((id) => !sources.has(id))
        .map((id) =>
          problemAt(
            statement,
            `unknown source "${id}" in source="${statement.found.attributes['source'] ?? ''}"`,
            unknownIdHint(id, [...sources.keys()], 'source'),
          ),
        ),
    ),
  );
