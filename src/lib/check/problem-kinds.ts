/** Every kind of problem the check reports, in the order CONTENT.md lists them: reading first, then the rules. */
import type { ProblemGroup, ProblemKind } from '../content/problem.ts';
import { READING_GROUPS } from '../content/reading-problems.ts';
import { RULE_GROUPS } from './rules/index.ts';
import { acknowledgementKinds } from './acknowledge.ts';

export const PROBLEM_GROUPS: readonly ProblemGroup[] = [
  ...READING_GROUPS,
  ...RULE_GROUPS,
  { title: 'Acknowledged warnings', kinds: acknowledgementKinds },
];

export const PROBLEM_KINDS: readonly ProblemKind[] = PROBLEM_GROUPS.flatMap((group) => group.kinds);
