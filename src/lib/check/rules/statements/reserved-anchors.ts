import { reservedAnchorReason } from '../../../anchors.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** Statement ids and section file names become anchors; none may take the page's own or each other's. */
export const reservedAnchors: Rule = ({ stories }) =>
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
  });
