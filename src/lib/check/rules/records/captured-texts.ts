import { createHash } from 'node:crypto';
import { locate } from '../../yaml-issues.ts';
import { defineRule } from '../../rule.ts';
import { problemAt } from '../../../content/problem.ts';

/**
 * A source captured from its page (`npm run source -- add`) keeps the SHA-256 of its `.txt`:
 * quotes are checked against that text, so a change to it, by hand or by a tool, is reported
 * until the page is captured again or the change is undone or accepted.
 */
export const capturedTexts = defineRule({
  id: 'captured-texts',
  severity: 'error',
  docs: 'A source captured from its page keeps the SHA-256 of its stored text: the `.txt` is there and unchanged since the capture.',
  fix: 'Capture the page again (`npm run source -- add <page> --id <id> --force`), restore the stored text, or, for an edit made on purpose, `npm run source -- accept <id>`.',
  example:
    'this source was captured on 2024-05-03, but its text content/sources/council-radio-2024-05-01.txt is missing  (capture it again (npm run source -- add <page> --id council-radio-2024-05-01 --force), or restore content/sources/council-radio-2024-05-01.txt)',
  check: ({ sources, files }) =>
    [...sources.values()].flatMap((source) => {
      const recorded = source.data?.sha256;
      if (recorded === undefined || source.data === undefined) return [];
      const at = { file: source.file, ...locate(source.place, ['sha256']) };
      const when = source.data.captured === undefined ? '' : ` on ${source.data.captured}`;
      const textFile = source.file.replace(/\.ya?ml$/, '.txt');
      const stored = files.sourceTexts.get(source.id);
      if (stored === undefined) {
        // A text that could not be read (too large, a link) is reported where it is.
        if (files.problems.some((problem) => problem.file === textFile)) return [];
        return [
          problemAt(
            at,
            `this source was captured${when}, but its text ${textFile} is missing`,
            `capture it again (npm run source -- add <page> --id ${source.id} --force), or restore ${textFile}`,
          ),
        ];
      }
      const actual = createHash('sha256').update(stored.text, 'utf8').digest('hex');
      if (actual === recorded) return [];
      return [
        problemAt(
          at,
          `the text of this source changed after it was captured${when}: capture it again (npm run source -- add …) or restore the stored text`,
          `${stored.file} no longer has the SHA-256 written here; if you changed it on purpose, npm run source -- accept ${source.id} records it`,
        ),
      ];
    }),
});
