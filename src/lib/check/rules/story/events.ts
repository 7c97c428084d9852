import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const events = defineRule({
  id: 'events',
  severity: 'error',
  docs: "Each event of a story names a source that exists, and happened by the story's `asOf`.",
  fix: 'Use a source id that exists; fix the date, or bring `asOf` forward.',
  example:
    'unknown source "town-gazette-2024-05-03" for the event "The bridge closes"  (did you mean "town-gazette-2024-05-02"? source ids that exist: council-radio-2024-05-01, town-gazette-2024-05-02)',
  check: ({ stories, sources }) =>
    stories.flatMap((story) => {
      const index = story.index;
      const front = index?.data;
      if (!index || !front || !index.place) return [];
      const place = index.place;
      return front.events.flatMap((event, position): Problem[] => {
        const at = (field: string) => ({ file: index.mdx.file, ...locate(place, ['events', position, field]) });
        const problems: Problem[] = [];
        if (!sources.has(event.source)) {
          problems.push(
            problemAt(
              at('source'),
              `unknown source "${event.source}" for the event "${event.what}"`,
              unknownIdHint(event.source, [...sources.keys()], 'source'),
            ),
          );
        }
        if (event.date > front.asOf) {
          problems.push(
            problemAt(
              at('date'),
              `the event "${event.what}" is dated ${event.date}, after the story's asOf (${front.asOf})`,
              'bring asOf forward, or check the date',
            ),
          );
        }
        return problems;
      });
    }),
});
