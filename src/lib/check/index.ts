import { readContent } from './read-content.ts';
import type { Problem } from './problems.ts';
import { archiveWarnings, loadedVerbWarnings, timeSensitiveWarnings } from './style-warnings.ts';
import { validateContent, type ContentModel } from './validate.ts';
import { verifyQuotes } from './verify-quotes.ts';

export { formatProblem, formatReport, type Problem } from './problems.ts';
export type { ContentModel, PersonRecord, SourceRecord, StoryRecord, SectionRecord } from './validate.ts';

export interface CheckOptions {
  /** Paths in messages are relative to this folder; the current one by default. */
  displayBase?: string;
  /** The day the check runs, for warnings about age. */
  now?: Date;
  /** A story older than this many days warns about statements whose words date. */
  staleAfterDays?: number;
}

/** Reads, validates and cross-checks all content: every problem, and the model built from it. */
export function checkContent(
  contentDir: string,
  { displayBase = process.cwd(), now = new Date(), staleAfterDays = 180 }: CheckOptions = {},
): { problems: Problem[]; model: ContentModel } {
  const files = readContent(contentDir, displayBase);
  const { problems, model } = validateContent(files);
  const sourceFiles = new Map(files.sources.map((record) => [record.id, record.file]));
  problems.push(
    ...verifyQuotes(model),
    ...timeSensitiveWarnings(model, now, staleAfterDays),
    ...archiveWarnings(model, (id) => sourceFiles.get(id) ?? id),
    ...files.stories.flatMap((story) =>
      [story.index, ...story.sections].flatMap((mdx) => (mdx ? loadedVerbWarnings(mdx.file, mdx.tree) : [])),
    ),
  );
  return { problems, model };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
