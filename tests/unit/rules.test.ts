/**
 * The rules and the kinds of problem met while reading, as editors read about them: each has
 * a stable id, its documentation and an example, and CONTENT.md lists each once.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemReference } from '../../scripts/lib/problem-reference.ts';
import { problemAt } from '../../src/lib/content/problem.ts';
import { READING_GROUPS } from '../../src/lib/content/reading-problems.ts';
import { PROBLEM_KINDS } from '../../src/lib/check/problem-kinds.ts';
import { acknowledgementKinds } from '../../src/lib/check/acknowledge.ts';
import { defineRule, runRule, type Rule } from '../../src/lib/check/rule.ts';
import { RULES } from '../../src/lib/check/rules/index.ts';
import { PROJECT_ROOT } from '../support/invalid-cases.ts';

const RULES_DIR = join(PROJECT_ROOT, 'src/lib/check/rules');
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'check' in value;
}

/** The ids in the first column of the generated tables, in order. */
function documentedIds(reference: string): string[] {
  return [...reference.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] ?? '');
}

describe('the kinds of problem', () => {
  it('each have a unique kebab-case id', () => {
    const ids = PROBLEM_KINDS.map((kind) => kind.id);
    expect(ids.filter((id) => !KEBAB_CASE.test(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('each say what they check, how to fix it, and give an example', () => {
    for (const kind of PROBLEM_KINDS) {
      expect(['error', 'warning'], kind.id).toContain(kind.severity);
      expect(kind.docs.trim(), `${kind.id}: docs`).not.toBe('');
      expect(kind.fix.trim(), `${kind.id}: fix`).not.toBe('');
      expect(kind.example.trim(), `${kind.id}: example`).not.toBe('');
    }
  });

  it('are the rules, the kinds met while reading and those of acknowledgements, each once', () => {
    const reading = READING_GROUPS.flatMap((group) => group.kinds.map((kind) => kind.id));
    const acknowledging = acknowledgementKinds.map((kind) => kind.id);
    expect(PROBLEM_KINDS.map((kind) => kind.id).sort()).toEqual(
      [...reading, ...RULES.map((rule) => rule.id), ...acknowledging].sort(),
    );
  });
});

describe('the rule files', () => {
  const files = readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) => readdirSync(join(RULES_DIR, folder.name)).map((name) => join(RULES_DIR, folder.name, name)));

  it('each export one rule, named after the file, and registered', async () => {
    const found: string[] = [];
    for (const file of files) {
      const exports = (await import(file)) as Record<string, unknown>;
      const rules = Object.values(exports).filter(isRule);
      if (rules.length === 0) continue;
      expect(rules, file).toHaveLength(1);
      const [rule] = rules;
      expect(rule?.id, file).toBe(basename(file, '.ts'));
      expect(RULES, file).toContain(rule);
      found.push(rule?.id ?? '');
    }
    expect(found.sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});

describe('running a rule', () => {
  it('stamps every problem it finds with the rule’s id', () => {
    const rule = defineRule({
      id: 'always-two',
      severity: 'warning',
      docs: 'Finds two problems.',
      fix: 'None.',
      example: 'one',
      check: () => [
        problemAt({ file: 'a.mdx', line: 1, column: 1 }, 'one', undefined, 'warning'),
        { ...problemAt({ file: 'a.mdx', line: 2, column: 1 }, 'two', undefined, 'warning'), rule: 'something-else' },
      ],
    });
    const content = {} as Parameters<Rule['check']>[0];
    const problems = runRule(rule, content, { now: new Date('2024-05-10'), staleAfterDays: 180 });
    expect(problems.map((problem) => problem.rule)).toEqual(['always-two', 'always-two']);
  });
});

describe('the list of errors in CONTENT.md', () => {
  const reference = problemReference();

  it('lists every kind of problem exactly once, in the order of their groups', () => {
    expect(documentedIds(reference)).toEqual(PROBLEM_KINDS.map((kind) => kind.id));
  });

  it('names no id that does not exist', () => {
    const ids = new Set(PROBLEM_KINDS.map((kind) => kind.id));
    expect(documentedIds(reference).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('shows each example and fix on the row of its kind', () => {
    const rows = reference.split('\n').filter((line) => line.startsWith('| `'));
    for (const kind of PROBLEM_KINDS) {
      const row = rows.find((line) => line.startsWith(`| \`${kind.id}\` |`)) ?? '';
      expect(row, kind.id).toContain(`| ${kind.severity} |`);
      expect(row, kind.id).toContain(kind.example.replaceAll('|', '\\|'));
      expect(row, kind.id).toContain(kind.fix.replaceAll('|', '\\|'));
    }
  });
});
