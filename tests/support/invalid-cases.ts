/**
 * The corpus of invalid content: each case in tests/fixtures/invalid/<name>/ is an overlay on
 * tests/fixtures/valid/ with one mistake, and says where the checker must report it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const VALID_DIR = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const INVALID_DIR = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
export interface Expectation {
  /** Path relative to the content folder. */
  file: string;
  line: number;
  /** The id of the rule (or reading step) that must report it, e.g. "unknown-speakers". */
  rule: string;
  /** An error unless the case says "warning". */
  severity: 'error' | 'warning';
  /** Substrings that must all appear on the reported line. */
  message: string[];
}

export interface InvalidCase {
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
    typeof expectation['rule'] !== 'string' ||
    !isStringArray(expectation['message']) ||
    expectation['message'].length === 0
  ) {
    throw new Error(`${name}/case.json: "expect" must have file, line, rule and a non-empty message list`);
  }
  const severity = expectation['severity'] ?? 'error';
  if (severity !== 'error' && severity !== 'warning') {
    throw new Error(`${name}/case.json: "severity" must be "error" or "warning"`);
  }
  return {
    name,
    dir,
    description,
    remove,
    expect: {
      file: expectation['file'],
      line: expectation['line'],
      rule: expectation['rule'],
      severity,
      message: expectation['message'],
    },
    ...(knownBug === undefined ? {} : { knownBug }),
  };
}

export const cases = readdirSync(INVALID_DIR)
  .filter((name) => statSync(join(INVALID_DIR, name)).isDirectory())
  .sort()
  .map(readCase);

/** Copies the valid fixture to a temporary folder, lays the case over it, and runs `use` on it. */
export function withContent<T>(invalid: InvalidCase | undefined, use: (root: string, contentDir: string) => T): T {
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
