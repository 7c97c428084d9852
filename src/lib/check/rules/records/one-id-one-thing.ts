import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** A citation names sources and publishers by id alone, so no id may be both. */
export const oneIdOneThing: Rule = ({ sources, publishers }) =>
  [...publishers.values()]
    .filter((publisher) => sources.has(publisher.id))
    .map((publisher) =>
      problemAt(
        { file: publisher.file, line: 1, column: 1 },
        `"${publisher.id}" is the id of a publisher and of a source (${sources.get(publisher.id)?.file ?? ''})`,
        'rename one of the two files: a citation could not tell them apart',
      ),
    );
