import { unknownIdHint } from '../../problems.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** A `sources/<id>.txt` must sit beside a `sources/<id>.yaml`. */
export const orphanSourceTexts: Rule = ({ files, sources }) =>
  [...files.sourceTexts]
    .filter(([id]) => !sources.has(id))
    .map(([id, { file }]) =>
      problemAt(
        { file, line: 1, column: 1 },
        `this text belongs to no source: there is no sources/${id}.yaml`,
        unknownIdHint(id, [...sources.keys()], 'source'),
      ),
    );
