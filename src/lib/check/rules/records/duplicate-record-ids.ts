import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const duplicateRecordIds = defineRule({
  id: 'duplicate-record-ids',
  severity: 'error',
  docs: 'No two files of `people/` or of `sources/` have the same id, as `a.yaml` and `a.yml` would.',
  fix: 'Keep one file per id.',
  example: 'duplicate person id "silent-sam": content/people/silent-sam.yaml has it too  (keep one file per id)',
  check: ({ files }) =>
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
    }),
});
