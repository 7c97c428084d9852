import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const unknownPublishers = defineRule({
  id: 'unknown-publishers',
  severity: 'error',
  docs: "A source's `publisher` names a file of `content/publishers/`.",
  fix: 'Use one of the ids listed in the hint, or add `content/publishers/<id>.yaml`.',
  example:
    'unknown publisher "council-radoi"  (did you mean "council-radio"? publisher ids that exist: council-radio, town-gazette; add content/publishers/council-radoi.yaml if it is new)',
  check: ({ sources, publishers }) =>
    [...sources.values()].flatMap((source) => {
      const publisher = source.data?.publisher;
      if (!publisher || publishers.has(publisher)) return [];
      return [
        problemAt(
          { file: source.file, ...locate(source.place, ['publisher']) },
          `unknown publisher "${publisher}"`,
          `${unknownIdHint(publisher, [...publishers.keys()], 'publisher')}; add content/publishers/${publisher}.yaml if it is new`,
        ),
      ];
    }),
});
