import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/**
 * A source's `republishes` names another source, or a publisher other than its own: the
 * outlet whose item it copies, so that the page can say whose words they are.
 */
export const republishes: Rule = ({ sources, publishers }) =>
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
  });
