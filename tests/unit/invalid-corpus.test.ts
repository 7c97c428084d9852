/**
 * The corpus of invalid content: each case in tests/fixtures/invalid/<name>/ is an overlay on
 * tests/fixtures/valid/ with one mistake, and says where the checker must report it and which
 * rule must. The examples CONTENT.md shows for each kind of problem are checked against it.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/lib/check/index.ts';
import { PROBLEM_KINDS } from '../../src/lib/check/problem-kinds.ts';
import { problemText } from '../../src/lib/check/report.ts';
import { cases, withContent, type Expectation, type InvalidCase } from '../support/invalid-cases.ts';

const NOW = new Date('2024-05-10');
function check(invalid: InvalidCase | undefined): Problem[] {
  return withContent(invalid, (root, contentDir) => checkContent(contentDir, { displayBase: root, now: NOW }).problems);
}

/** The cases the checker is expected to pass: a known bug is skipped until it is fixed. */
const running = cases.filter((invalid) => invalid.knownBug === undefined);

const checked = new Map<string, Problem[]>();

/** The problems of a case, checked once for every test that looks at them. */
function problemsOf(invalid: InvalidCase): Problem[] {
  const known = checked.get(invalid.name);
  if (known) return known;
  const problems = check(invalid);
  checked.set(invalid.name, problems);
  return problems;
}

/** The problem a case expects, whichever rule reported it: the rule is asserted on its own. */
function matches(problem: Problem, expectation: Expectation): boolean {
  const line = formatProblem(problem);
  return (
    problem.severity === expectation.severity &&
    problem.file.endsWith(expectation.file) &&
    problem.line === expectation.line &&
    expectation.message.every((part) => line.includes(part))
  );
}

describe('the invalid content corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('is laid over a valid fixture that has no errors', () => {
    const errors = check(undefined).filter((problem) => problem.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });

  for (const invalid of cases) {
    const test = invalid.knownBug === undefined ? it : it.skip;
    test(`${invalid.name}: ${invalid.description}`, () => {
      const problems = problemsOf(invalid);
      const { file, line, message, severity, rule } = invalid.expect;
      const wanted = `an ${severity} at ${file}:${String(line)} with ${JSON.stringify(message)}`;
      const found = problems.filter((problem) => matches(problem, invalid.expect));
      expect(found.length, `${wanted}; reported:\n${problems.map(formatProblem).join('\n')}`).toBeGreaterThan(0);
      expect(found.map((problem) => problem.rule)).toContain(rule);
    });
  }

  it('has every problem of every case carry the id of a kind of problem that is documented', () => {
    const ids = new Set(PROBLEM_KINDS.map((kind) => kind.id));
    const undocumented = running
      .flatMap((invalid) => problemsOf(invalid).filter((problem) => !ids.has(problem.rule ?? '')))
      .map(formatProblem);
    expect(undocumented).toEqual([]);
  });

  it('reports each kind of problem with the severity its documentation gives', () => {
    const severities = new Map(PROBLEM_KINDS.map((kind) => [kind.id, kind.severity]));
    const wrong = running
      .flatMap((invalid) => problemsOf(invalid))
      .filter((problem) => severities.get(problem.rule ?? '') !== problem.severity)
      .map(formatProblem);
    expect(wrong).toEqual([]);
  });

  it('prints, for each kind of problem it has a case of, the example CONTENT.md gives', () => {
    const printed = new Map<string, Set<string>>();
    for (const problem of running.flatMap((invalid) => problemsOf(invalid))) {
      const texts = printed.get(problem.rule ?? '') ?? new Set();
      texts.add(problem.message).add(problemText(problem));
      printed.set(problem.rule ?? '', texts);
    }
    const covered = PROBLEM_KINDS.filter((kind) => printed.has(kind.id));
    expect(covered.length).toBeGreaterThan(40);
    for (const kind of covered) {
      expect([...(printed.get(kind.id) ?? [])], `the example of ${kind.id}`).toContain(kind.example);
    }
  });

  // A process of its own: it starts Node and reads every module, which takes seconds on a busy machine.
});
