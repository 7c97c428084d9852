import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/**
 * A source's `republishes` names another source, or a publisher other than its own: the
 * outlet whose item it copies, so that the page can say whose words they are.
 */
export const republishes = defineRule({
  id: 'republishes',
  severity: 'error',
  docs: "A source's `republishes` names another source, or a publisher other than its own: the outlet whose item it copies as it is.",
  fix: 'Name the source or the publisher whose item this one copies (the hint lists the ids that exist), or remove `republishes`.',
  example:
    'republishes: unknown source or publisher "wire-agency"  (source or publisher ids that exist: council-radio-2024-05-01, town-gazette-2024-05-02, council-radio, town-gazette; add content/publishers/wire-agency.yaml if the outlet is new)',
  check: ({ sources, publishers }) =>
    [...sources.values()].flatMap((source) => {
      const republished = source.data?.republishes;
      if (republished === undefined) return [];
      const at = { file: source.file, ...locate(source.place, ['republishes']) };
      if (republished === source.id) {
        return [
          problemAt(
            at,
            `republishes: "${republished}" is this source itself`,
            'name the source or the publisher whose item this one copies, e.g. republishes: reuters',
          ),
        ];
      }
      if (republished === source.data?.publisher) {
        return [
          problemAt(
            at,
            `republishes: "${republished}" is the source's own publisher`,
            'an outlet does not republish its own item: name the outlet whose item it copies, or remove republishes',
          ),
        ];
      }
      if (sources.has(republished) || publishers.has(republished)) return [];
      return [
        problemAt(
          at,
          `republishes: unknown source or publisher "${republished}"`,
          `${unknownIdHint(republished, [...sources.keys(), ...publishers.keys()], 'source or publisher')}; add content/publishers/${republished}.yaml if the outlet is new`,
        ),
      ];
    }),
});
