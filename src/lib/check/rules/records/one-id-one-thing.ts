import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const oneIdOneThing = defineRule({
  id: 'one-id-one-thing',
  severity: 'error',
  docs: "No id is both a publisher's and a source's: a citation names either by its id alone.",
  fix: 'Rename one of the two files.',
  example:
    '"town-gazette-2024-05-02" is the id of a publisher and of a source (content/sources/town-gazette-2024-05-02.yaml)  (rename one of the two files: a citation could not tell them apart)',
  check: ({ sources, publishers }) =>
    [...publishers.values()]
      .filter((publisher) => sources.has(publisher.id))
      .map((publisher) =>
        problemAt(
          { file: publisher.file, line: 1, column: 1 },
          `"${publisher.id}" is the id of a publisher and of a source (${sources.get(publisher.id)?.file ?? ''})`,
          'rename one of the two files: a citation could not tell them apart',
        ),
      ),
});
