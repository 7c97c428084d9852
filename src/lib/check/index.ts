/**
 * The content check: read every file once, parse and validate it into the content the
 * rules see, run every rule, and gather what passed into the model the site is built from.
 */
import { buildContentModel, type ContentModel } from './model.ts';
import { parseContent } from './parse.ts';
import type { ParsedContent } from './content.ts';
import type { Problem } from '../content/problem.ts';
import { readContent, type ContentFiles } from '../content/read-content.ts';
import { RULES } from './rules/index.ts';
import { runRule } from './rule.ts';
import { acknowledgeWarnings, type AcknowledgedProblem } from './acknowledge.ts';
import { PROBLEM_KINDS } from './problem-kinds.ts';

export { formatProblem, formatReport } from './report.ts';
export type { Problem } from '../content/problem.ts';
export type { AcknowledgedProblem } from './acknowledge.ts';
export type { ContentModel, PersonRecord, SectionRecord, SourceRecord, StoryRecord } from './model.ts';

export interface CheckOptions {
  /** Paths in messages are relative to this folder; the current one by default. */
  displayBase?: string;
  /** The day the check runs, for rules about dates and age. */
  now?: Date;
  /** A story older than this many days warns about statements whose words date. */
  staleAfterDays?: number;
}

export interface CheckResult {
  problems: Problem[];
  /** Warnings their files acknowledge, each with its reason: not among `problems`. */
  acknowledged: AcknowledgedProblem[];
  model: ContentModel;
  content: ParsedContent;
  files: ContentFiles;
}

/** Reads, validates and cross-checks all content: every problem, and the model built from it. */
export function checkContent(
  contentDir: string,
  { displayBase = process.cwd(), now = new Date(), staleAfterDays = 180 }: CheckOptions = {},
): CheckResult {
  const files = readContent(contentDir, displayBase);
  const content = parseContent(files);
  const found = [...content.problems];
  for (const rule of RULES) found.push(...runRule(rule, content, { now, staleAfterDays }));
  const { problems, acknowledged } = acknowledgeWarnings(content, found, PROBLEM_KINDS);
  return { problems, acknowledged, model: buildContentModel(content, problems), content, files };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
