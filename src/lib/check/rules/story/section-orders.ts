import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** Each section of a story has its own `order`. */
export const sectionOrders: Rule = ({ stories }) =>
  stories.flatMap((story) => {
    const taken = new Map<number, string>();
    return story.sections.flatMap((section) => {
      if (!section.data || !section.place) return [];
      const earlier = taken.get(section.data.order);
      if (!earlier) {
        taken.set(section.data.order, section.mdx.file);
        return [];
      }
      return [
        problemAt(
          { file: section.mdx.file, ...locate(section.place, ['order']) },
          `order ${section.data.order} is already used by ${earlier}`,
          'give each section its own order number',
        ),
      ];
    });
  });
