/**
 * What a rule of the content check is: a kind of problem, documented for editors, and the
 * function that finds it. Each rule is a file of its own under rules/; CONTENT.md's list of
 * errors is made from their ids, docs, examples and fixes.
 */
import type { Problem, ProblemKind } from '../content/problem.ts';
import type { ParsedContent } from './content.ts';

/** What a rule is given besides the content. */
export interface RuleOptions {
  /** The day the check runs. */
  now: Date;
  /** A story older than this many days warns about statements whose words date. */
  staleAfterDays: number;
}

/** A rule: its documentation, and the content in, the problems it finds out. */
export interface Rule extends ProblemKind {
  check: (content: ParsedContent, options: RuleOptions) => Problem[];
}

/** Declares a rule; the type is all it adds, so that each rule file reads as its metadata, then its check. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Runs a rule: every problem it finds carries the rule's id. */
export function runRule(rule: Rule, content: ParsedContent, options: RuleOptions): Problem[] {
  return rule.check(content, options).map((problem) => ({ ...problem, rule: rule.id }));
}
