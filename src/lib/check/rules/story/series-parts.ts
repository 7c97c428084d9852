import { closeMatch } from '../../../text/edit-distance.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt, type Problem } from '../../../content/problem.ts';
import type { ParsedStory, ParsedContent } from '../../content.ts';
import { defineRule } from '../../rule.ts';

/**
 * The stories of a series number their parts 1, 2, 3 … once each, and spell the series' title
 * alike: a title that differs by a letter would start a series of its own.
 */
function seriesProblems({ stories }: ParsedContent): Problem[] {
  const bySeries = new Map<string, ParsedStory[]>();
  for (const story of stories) {
    const title = story.index?.data?.series?.title;
    if (title !== undefined) bySeries.set(title, [...(bySeries.get(title) ?? []), story]);
  }
  const at = (story: ParsedStory, path: string[]) => {
    const index = story.index;
    return index?.place
      ? { file: index.mdx.file, ...locate(index.place, path) }
      : { file: story.file, line: 1, column: 1 };
  };
  const problems: Problem[] = [];
  for (const [title, members] of bySeries) {
    const others = [...bySeries.keys()].filter((other) => other !== title);
    const meant = closeMatch(title, others);
    if (meant !== undefined && members.length < (bySeries.get(meant)?.length ?? 0)) {
      for (const story of members) {
        problems.push(
          problemAt(
            at(story, ['series', 'title']),
            `the series "${title}" has one story of its own, and "${meant}" is almost the same title`,
            `write the title exactly as the other stories of the series do: "${meant}"`,
          ),
        );
      }
    }
    const parts = members.map((story) => story.index?.data?.series?.part ?? 0).sort((a, b) => a - b);
    for (const story of members) {
      const part = story.index?.data?.series?.part ?? 0;
      const twin = members.find((other) => other !== story && other.index?.data?.series?.part === part);
      if (twin) {
        problems.push(
          problemAt(
            at(story, ['series', 'part']),
            `part ${String(part)} of the series "${title}" is also the part of ${twin.slug}`,
            `number the stories of the series 1 to ${String(members.length)}, each once`,
          ),
        );
      }
    }
    const missing = Array.from({ length: parts.at(-1) ?? 0 }, (_, i) => i + 1).filter((part) => !parts.includes(part));
    const last = members.find((story) => story.index?.data?.series?.part === parts.at(-1));
    if (missing.length > 0 && last) {
      problems.push(
        problemAt(
          at(last, ['series', 'part']),
          `the series "${title}" has no part ${missing.join(', ')} before this one`,
          `number the stories of the series 1 to ${String(members.length)}, in the order a reader should read them`,
        ),
      );
    }
  }
  return problems;
}

export const seriesParts = defineRule({
  id: 'series-parts',
  severity: 'error',
  docs: 'The stories of a series number their parts 1, 2, 3 … once each, and write the series title alike.',
  fix: 'Number the parts in reading order, each once, and copy the series title from another story of the series.',
  example:
    'part 1 of the series "The bridge" is also the part of bridge-follow-up  (number the stories of the series 1 to 2, each once)',
  check: seriesProblems,
});
