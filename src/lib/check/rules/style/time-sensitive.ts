import { firstDay } from '../../../text/dates.ts';
import { problemAt } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';
import type { ParsedStory } from '../../content.ts';

/** Words that date a statement: the future tense and times counted from the day it was said. */
const TIME_SENSITIVE =
  /\b(will|won't|shall|going to|soon|at any moment|any day|shortly|imminent(?:ly)?|tomorrow|next (?:week|month|year)|this (?:week|month|year)|today|yesterday|recently)\b/i;

const DAY_MS = 86_400_000;

/**
 * A story whose facts run this many days past a statement has had room to say what
 * followed it; only statements closer to the story's asOf stand as its latest word.
 */
const FOLLOWED_UP_AFTER_DAYS = 30;

/** The last published part of each series, by its title: a story before it has been followed up. */
function lastParts(stories: readonly ParsedStory[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const story of stories) {
    const data = story.index?.data;
    if (data?.status !== 'published' || !data.series) continue;
    last.set(data.series.title, Math.max(last.get(data.series.title) ?? 0, data.series.part));
  }
  return last;
}

/** True when a story tells what followed `said`: an update after it, or a later part of its series that is published. */
function followedUp(story: ParsedStory, last: ReadonlyMap<string, number>, said: string | undefined): boolean {
  const data = story.index?.data;
  if (!data) return false;
  if (said && data.updates.some((update) => update.date > said)) return true;
  return data.series !== undefined && (last.get(data.series.title) ?? 0) > data.series.part;
}

/**
 * Statements whose words age, in a story whose facts are older than `staleAfterDays`, when
 * the statement is among the story's latest facts (its words are what the reader is left with).
 */
export const timeSensitive = defineRule({
  id: 'time-sensitive',
  severity: 'warning',
  docs: 'Once a story\'s `asOf` is more than 180 days old, its latest statements (said within 30 days of `asOf`) are not left resting on words that date, such as "will", "soon" or "at any moment", unless an update after them or a later part of the story\'s series says what followed.',
  fix: 'Say in the prose what has happened since, add an update, or bring `asOf` up to date.',
  example:
    '"will" in a statement of a story that is as of 2024-05-03, 608 days ago  (say in the prose what has happened since, add an update, or bring asOf up to date)',
  check: ({ stories, sources }, { now, staleAfterDays }) => {
    const sourceDates = new Map([...sources].map(([id, source]) => [id, source.data?.date]));
    const last = lastParts(stories);
    return stories.flatMap((story) => {
      const asOf = story.index?.data?.asOf;
      if (!asOf) return [];
      const age = Math.floor((now.getTime() - Date.parse(asOf)) / DAY_MS);
      if (age <= staleAfterDays) return [];
      return story.statements.flatMap((statement) => {
        const said = statement.date
          ? firstDay(statement.date.value)
          : sourceDates.get(statement.source[0]?.source ?? '');
        if (said && (Date.parse(asOf) - Date.parse(said)) / DAY_MS > FOLLOWED_UP_AFTER_DAYS) return [];
        if (followedUp(story, last, said)) return [];
        const match = TIME_SENSITIVE.exec(statement.text);
        if (!match) return [];
        return [
          problemAt(
            statement,
            `"${match[0]}" in a statement of a story that is as of ${asOf}, ${age} days ago`,
            'say in the prose what has happened since, add an update, or bring asOf up to date',
            'warning',
          ),
        ];
      });
    });
  },
});
