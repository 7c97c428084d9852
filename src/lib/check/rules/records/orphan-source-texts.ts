import { unknownIdHint } from '../../problems.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const orphanSourceTexts = defineRule({
  id: 'orphan-source-texts',
  severity: 'error',
  docs: 'Every stored source text, `sources/<id>.txt`, sits beside its `sources/<id>.yaml`.',
  fix: "Name the text after its source (the hint lists the ids that exist), or add the source's YAML file.",
  example:
    'this text belongs to no source: there is no sources/town-gazete-2024-05-02.yaml  (did you mean "town-gazette-2024-05-02"? source ids that exist: council-radio-2024-05-01, town-gazette-2024-05-02)',
  check: ({ files, sources }) =>
    [...files.sourceTexts]
      .filter(([id]) => !sources.has(id))
      .map(([id, { file }]) =>
        problemAt(
          { file, line: 1, column: 1 },
          `this text belongs to no source: there is no sources/${id}.yaml`,
          unknownIdHint(id, [...sources.keys()], 'source'),
        ),
      ),
});
