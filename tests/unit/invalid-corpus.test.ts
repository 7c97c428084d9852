/**
 * The corpus of invalid content: each case in tests/fixtures/invalid/<name>/ is an overlay on
 * tests/fixtures/valid/ with one mistake, and says where the checker must report it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/lib/check/index.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const INVALID_DIR = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
const NOW = new Date('2024-05-10');
/** The case the real command-line checker is run on. */
const CLI_CASE = 'unknown-speaker';
/**
 * The Node that runs scripts/check.ts: the one running the tests when it is new enough to run
 * TypeScript, else the project's own (node_modules/.bin/vitest starts under whatever `node` is
 * first on PATH, which outside npm scripts may be an older system Node).
 */
const NODE =
  Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : join(PROJECT_ROOT, 'node_modules/.bin/node');

interface Expectation {
  /** Path relative to the content folder. */
  file: string;
  line: number;
  /** Substrings that must all appear on the reported line. */
  message: string[];
}

interface InvalidCase {
  name: string;
  dir: string;
  description: string;
  remove: string[];
  expect: Expectation;
  /** What the checker gets wrong; the case is skipped until it is fixed. */
  knownBug?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Reads and checks the shape of a case.json, so that a broken case fails loudly. */
function readCase(name: string): InvalidCase {
  const dir = join(INVALID_DIR, name);
  const data: unknown = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  if (!isRecord(data)) throw new Error(`${name}/case.json: not an object`);
  const { description, remove = [], expect: expectation, knownBug } = data;
  if (typeof description !== 'string' || description === '') {
    throw new Error(`${name}/case.json: "description" must be a sentence`);
  }
  if (!isStringArray(remove)) throw new Error(`${name}/case.json: "remove" must be a list of paths`);
  if (knownBug !== undefined && typeof knownBug !== 'string') {
    throw new Error(`${name}/case.json: "knownBug" must say what is wrong`);
  }
  if (
    !isRecord(expectation) ||
    typeof expectation['file'] !== 'string' ||
    typeof expectation['line'] !== 'number' ||
    !isStringArray(expectation['message']) ||
    expectation['message'].length === 0
  ) {
    throw new Error(`${name}/case.json: "expect" must have file, line and a non-empty message list`);
  }
  return {
    name,
    dir,
    description,
    remove,
    expect: { file: expectation['file'], line: expectation['line'], message: expectation['message'] },
    ...(knownBug === undefined ? {} : { knownBug }),
  };
}

const cases = readdirSync(INVALID_DIR)
  .filter((name) => statSync(join(INVALID_DIR, name)).isDirectory())
  .sort()
  .map(readCase);

/** Copies the valid fixture to a temporary folder, lays the case over it, and runs `use` on it. */
function withContent<T>(invalid: InvalidCase | undefined, use: (root: string, contentDir: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'invalid-corpus-'));
  try {
    const contentDir = join(root, 'content');
    cpSync(VALID_DIR, contentDir, { recursive: true });
    if (invalid) {
      const files = join(invalid.dir, 'files');
      if (existsSync(files)) cpSync(files, contentDir, { recursive: true });
      for (const path of invalid.remove) rmSync(join(contentDir, path), { recursive: true, force: true });
    }
    return use(root, contentDir);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

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

  it(`makes the check command exit 1 and print the place (${CLI_CASE})`, () => {
    const invalid = cases.find((candidate) => candidate.name === CLI_CASE);
    if (!invalid) throw new Error(`the case ${CLI_CASE} is missing`);
    const result = withContent(invalid, (_root, contentDir) =>
      spawnSync(NODE, ['scripts/check.ts', contentDir], { cwd: PROJECT_ROOT, encoding: 'utf8' }),
    );
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(`${invalid.expect.file}:${String(invalid.expect.line)}:`);
  });
});
