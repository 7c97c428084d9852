/**
 * The corpus of invalid content: each case in tests/fixtures/invalid/<name>/ is an overlay on
 * tests/fixtures/valid/ with one mistake, and says where the checker must report it.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/lib/check/index.ts';
import { cases, withContent, type Expectation, type InvalidCase } from '../support/invalid-cases.ts';

const NOW = new Date('2024-05-10');
function check(invalid: InvalidCase | undefined): Problem[] {
  return withContent(invalid, (root, contentDir) => checkContent(contentDir, { displayBase: root, now: NOW }).problems);
}

function matches(problem: Problem, expectation: Expectation): boolean {
  const line = formatProblem(problem);
  return (
    problem.severity === 'error' &&
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
      const problems = check(invalid);
      const errors = problems.filter((problem) => problem.severity === 'error');
      expect(errors.length, 'at least one error').toBeGreaterThan(0);
      const { file, line, message } = invalid.expect;
      const wanted = `an error at ${file}:${String(line)} with ${JSON.stringify(message)}`;
      expect(
        errors.some((problem) => matches(problem, invalid.expect)),
        `${wanted}; reported:\n${problems.map(formatProblem).join('\n')}`,
      ).toBe(true);
    });
  }
});
