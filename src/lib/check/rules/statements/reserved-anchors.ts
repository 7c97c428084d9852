import { reservedAnchorReason } from '../../../anchors.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

export const reservedAnchors = defineRule({
  id: 'reserved-anchors',
  severity: 'error',
  docs: "No statement id or section file name takes an anchor the page uses for itself, or one another's.",
  fix: 'Choose another `id="…"`, or rename the section file.',
  example:
    'the statement id "sources" cannot be used: "sources" is an anchor of the page itself  (choose another id="…")',
  check: ({ stories }) =>
    stories.flatMap((story) => {
      const statementIds = new Set(story.statements.map((statement) => statement.id));
      return [
        ...story.statements.flatMap((statement) => {
          const reason = reservedAnchorReason(statement.id);
          return reason
            ? [
                problemAt(
                  statement,
                  `the statement id "${statement.id}" cannot be used: ${reason}`,
                  'choose another id="…"',
                ),
              ]
            : [];
        }),
        ...story.sections.flatMap((section) => {
          const reason =
            reservedAnchorReason(section.slug) ??
            (statementIds.has(section.slug) ? `a statement of the story has the id "${section.slug}"` : undefined);
          return reason
            ? [
                problemAt(
                  { file: section.mdx.file, line: 1, column: 1 },
                  `the section name "${section.slug}" cannot be its anchor: ${reason}`,
                  'rename the file so that its anchor is unique on the page',
                ),
              ]
            : [];
        }),
      ];
    }),
});
