import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const sectionOrders = defineRule({
  id: 'section-orders',
  severity: 'error',
  docs: 'Each section of a story has its own `order`.',
  fix: 'Give each section its own `order` number.',
  example:
    'order 1 is already used by content/explainers/sample-story/council.mdx  (give each section its own order number)',
  check: ({ stories }) =>
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
    }),
});
