import type { Root } from 'mdast';
import { walk } from '../mdx.ts';
import { STATEMENT_COMPONENT } from '../statements.ts';
import type { Problem } from './problems.ts';
import type { ContentModel } from './validate.ts';

/** Words that date a statement: the future tense and times counted from the day it was said. */
const TIME_SENSITIVE =
  /\b(will|won't|shall|going to|soon|at any moment|any day|shortly|imminent(?:ly)?|tomorrow|next (?:week|month|year)|this (?:week|month|year)|today|yesterday|recently)\b/i;

/** Attribution verbs that pass judgement on the speaker; neutral prose says "said". */
const LOADED_VERBS = /\b(admit(?:s|ted)?|claim(?:s|ed)?|insist(?:s|ed)?|reveal(?:s|ed)?)\b/gi;

const DAY_MS = 86_400_000;

/** Statements whose words age, on a story whose facts are older than `staleAfterDays`. */
export function timeSensitiveWarnings(model: ContentModel, now: Date, staleAfterDays: number): Problem[] {
  const problems: Problem[] = [];
  for (const story of model.stories) {
    const age = Math.floor((now.getTime() - Date.parse(story.asOf)) / DAY_MS);
    if (age <= staleAfterDays) continue;
    for (const statement of story.statements) {
      const match = TIME_SENSITIVE.exec(statement.text);
      if (!match) continue;
      problems.push({
        severity: 'warning',
        file: statement.file,
        line: statement.line,
        column: 1,
        message: `"${match[0]}" in a statement of a story that is as of ${story.asOf}, ${age} days ago`,
        hint: 'say in the prose what has happened since, or bring asOf up to date',
      });
    }
  }
  return problems;
}

/** Sources that link to a page but to no archived copy of it. */
export function archiveWarnings(model: ContentModel, fileOf: (id: string) => string): Problem[] {
  return [...model.sources.values()]
    .filter((source) => source.url && !source.archiveUrl)
    .map((source) => ({
      severity: 'warning' as const,
      file: fileOf(source.id),
      line: 1,
      column: 1,
      message: `source "${source.id}" has a url but no archiveUrl`,
      hint: 'pages change and disappear: add archiveUrl with a saved copy of the page',
    }));
}

/** Loaded attribution verbs in the story's own prose, outside statements and quotation marks. */
export function loadedVerbWarnings(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node, ancestors) => {
    if (node.type !== 'text' || !node.position) return;
    if (ancestors.some((ancestor) => 'name' in ancestor && ancestor.name === STATEMENT_COMPONENT)) return;
    const withoutQuotes = node.value.replace(/"[^"]*"|“[^”]*”/g, (quoted) => ' '.repeat(quoted.length));
    for (const match of withoutQuotes.matchAll(LOADED_VERBS)) {
      const before = node.value.slice(0, match.index);
      const lines = before.split('\n');
      const line = node.position.start.line + lines.length - 1;
      const column = lines.length > 1 ? (lines.at(-1)?.length ?? 0) + 1 : node.position.start.column + before.length;
      problems.push({
        severity: 'warning',
        file,
        line,
        column,
        message: `"${match[0]}" judges the speaker; the story's own voice should be neutral`,
        hint: 'write "said", or quote the source that uses the word',
      });
    }
  });
  return problems;
}
