import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { formatProblem, formatReport } from '../../src/lib/check/report.ts';
import { type Problem } from '../../src/lib/content/problem.ts';
import { acknowledgedLines, problemLine, problemSummary, useColor, validSummary } from '../../src/lib/check/report.ts';
import { loadedVerbWarnings } from '../../src/lib/check/rules/style/loaded-verbs.ts';

describe('loaded attribution verbs', () => {
  const tree = (text: string) => parseMdx('story.mdx', text).tree;
  it('are flagged in the prose with their line and column', () => {
    const problems = loadedVerbWarnings(
      'story.mdx',
      tree('First line.\n\nThe aide claimed that talks\ncontinue; he insisted.'),
    );
    expect(problems.map((p) => [p.line, p.column, p.message.split(' ')[0]])).toEqual([
      [3, 10, '"claimed"'],
      [4, 14, '"insisted"'],
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });
  it('are allowed inside quotation marks and statements', () => {
    const text =
      'The report says he "admitted" it. <Said by="a" mode="direct" source="s">We never claimed that.</Said>';
    expect(loadedVerbWarnings('story.mdx', tree(text))).toEqual([]);
  });
});

describe('the report', () => {
  const error: Problem = { severity: 'error', file: 'b.mdx', line: 3, column: 7, message: 'bad', hint: 'fix it' };
  const warning: Problem = { severity: 'warning', file: 'a.mdx', line: 1, column: 1, message: 'meh' };
  const early: Problem = { severity: 'error', file: 'b.mdx', line: 1, column: 2, message: 'worse' };
  it('prints file:line:col, the label, the message and the hint', () => {
    expect(formatProblem(error)).toBe('b.mdx:3:7  error  bad  (fix it)');
    expect(formatProblem(warning)).toBe('a.mdx:1:1  warning  meh');
  });
  it('puts errors first, each kind sorted by place, then counts them', () => {
    expect(formatReport([error, warning, early]).split('\n')).toEqual([
      'b.mdx:1:2  error  worse',
      'b.mdx:3:7  error  bad  (fix it)',
      'a.mdx:1:1  warning  meh',
      '2 errors, 1 warning in the content.',
    ]);
  });
  it('hides warnings when quiet, and says how many', () => {
    expect(formatReport([warning, error], { quiet: true, where: '1 story' }).split('\n')).toEqual([
      'b.mdx:3:7  error  bad  (fix it)',
      '1 error in 1 story; 1 warning hidden.',
    ]);
  });
  it('colours the label and dims the hint only when asked', () => {
    expect(problemLine(error, { color: true })).toBe(
      'b.mdx:3:7  \u001b[31merror\u001b[39m  bad  \u001b[2m(fix it)\u001b[22m',
    );
    expect(problemLine(warning, { color: true })).toBe('a.mdx:1:1  \u001b[33mwarning\u001b[39m  meh');
    expect(problemLine(error, { color: false })).toBe(formatProblem(error));
  });
  it('ends the line with the id of the rule that found the problem, dimmed in colour', () => {
    const found: Problem = { ...error, rule: 'unknown-speakers' };
    expect(formatProblem(found)).toBe('b.mdx:3:7  error  bad  (fix it)  [unknown-speakers]');
    expect(formatProblem({ ...warning, rule: 'loaded-verbs' })).toBe('a.mdx:1:1  warning  meh  [loaded-verbs]');
    expect(problemLine(found, { color: true })).toBe(
      'b.mdx:3:7  \u001b[31merror\u001b[39m  bad  \u001b[2m(fix it)\u001b[22m  \u001b[2m[unknown-speakers]\u001b[22m',
    );
  });
  it('colours a terminal unless NO_COLOR is set; FORCE_COLOR decides first', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
  });
  it('sums up a clean check, with the warnings shown or hidden', () => {
    const counts = { stories: 3, statements: 40, people: 12, sources: 1 };
    expect(validSummary(counts, 0)).toBe('Content is valid: 3 stories, 40 statements, 12 people, 1 source.');
    expect(validSummary({ ...counts, stories: 1, people: 1 }, 3)).toBe(
      'Content is valid: 1 story, 40 statements, 1 person, 1 source; 3 warnings.',
    );
    expect(validSummary({ statements: 4, people: 2, sources: 2 }, 1, { quiet: true, subject: 'bridge is' })).toBe(
      'bridge is valid: 4 statements, 2 people, 2 sources; 1 warning hidden.',
    );
    expect(validSummary(counts, 0, { acknowledged: 21 })).toBe(
      'Content is valid: 3 stories, 40 statements, 12 people, 1 source; 21 warnings acknowledged.',
    );
    expect(validSummary(counts, 2, { acknowledged: 1 })).toBe(
      'Content is valid: 3 stories, 40 statements, 12 people, 1 source; 2 warnings, 1 acknowledged.',
    );
  });
  it('lists acknowledged warnings once per rule and reason, with the reason', () => {
    const at = (file: string, reason: string) => ({
      ...warning,
      file,
      line: 6,
      column: 6,
      message: `source "${file}" has a url but no archiveUrl`,
      rule: 'archive-urls',
      reason,
    });
    expect(acknowledgedLines([at('b.yaml', 'None was made.')])).toEqual([
      'b.yaml:6:6  acknowledged  source "b.yaml" has a url but no archiveUrl: "None was made."  [archive-urls]',
    ]);
    expect(
      acknowledgedLines([at('c.yaml', 'None was made.'), at('b.yaml', 'None was made.'), at('d.yaml', 'Gone.')]),
    ).toEqual([
      'acknowledged  2 warnings [archive-urls] in b.yaml and 1 other file: "None was made."',
      'd.yaml:6:6  acknowledged  source "d.yaml" has a url but no archiveUrl: "Gone."  [archive-urls]',
    ]);
  });
  it('sums up a check with errors', () => {
    expect(problemSummary([error, early, warning], { where: '1 story' })).toBe('2 errors, 1 warning in 1 story.');
  });
});

describe('warnings that age with the story', () => {
  const valid = new URL('../fixtures/valid/', import.meta.url).pathname;
  const warnings = (now: string) =>
    checkContent(valid, { now: new Date(now), staleAfterDays: 180 }).problems.filter((p) => p.severity === 'warning');

  it('say nothing while the story is recent', () => {
    expect(warnings('2024-06-01').map((p) => p.message)).toEqual([]);
  });
  it('flag future tense in statements once the story is older than the set age', () => {
    const messages = warnings('2025-06-01').map((p) => p.message);
    expect(messages).toEqual(['"will" in a statement of a story that is as of 2024-05-03, 394 days ago']);
  });
});
