/**
 * CONTENT.md's list of errors and warnings, made from the documentation each rule and each
 * step of reading carries (src/lib/check/problem-kinds.ts), so that it cannot drift from
 * what the check prints.
 */
import { PROBLEM_GROUPS } from '../../src/lib/check/problem-kinds.ts';

/** Text in a table cell: a pipe would end the cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** Text as code, fenced with more backticks than it holds in a row. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** One table per group: each kind of problem with its id, severity, what it checks, an example and the fix. */
export function problemReference(): string {
  return PROBLEM_GROUPS.map(({ title, kinds }) =>
    [
      `### ${title}`,
      '',
      '| id | severity | what is checked | what the check prints, e.g. | how to fix it |',
      '| --- | --- | --- | --- | --- |',
      ...kinds.map(
        (kind) =>
          `| \`${kind.id}\` | ${kind.severity} | ${cell(kind.docs)} | ${cell(code(kind.example))} | ${cell(kind.fix)} |`,
      ),
    ].join('\n'),
  ).join('\n\n');
}
