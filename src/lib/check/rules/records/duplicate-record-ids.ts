import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** `a.yaml` and `a.yml` would both be person or source "a". */
export const duplicateRecordIds: Rule = ({ files }) =>
  (['person', 'source'] as const).flatMap((kind) => {
    const seen = new Map<string, string>();
    return (kind === 'person' ? files.people : files.sources).flatMap((record) => {
      const earlier = seen.get(record.id);
      if (!earlier) {
        seen.set(record.id, record.file);
        return [];
      }
      return [
        problemAt(
          { file: record.file, line: 1, column: 1 },
          `duplicate ${kind} id "${record.id}": ${earlier} has it too`,
          'keep one file per id',
        ),
      ];
    });
  });
