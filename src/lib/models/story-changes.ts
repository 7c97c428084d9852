/**
 * What changed after a story was published: its dated updates ("what happened next") and its
 * corrections, each correction linked both ways with the statements it affects. Plain
 * TypeScript, tested without Astro.
 */
import type { StoryCorrection } from '../../schemas/correction.ts';
import type { StoryUpdate } from '../../schemas/update.ts';
import { excerptOf } from '../text/excerpt.ts';
import { formatDate } from '../text/dates.ts';
import { typeset } from '../text/typography.ts';

export { CORRECTIONS_ANCHOR, correctionAnchor, UPDATES_ANCHOR, updateAnchor } from '../anchors.ts';
import { correctionAnchor, updateAnchor } from '../anchors.ts';

/** What a marker on a corrected statement needs: the correction's anchor and day. */
export interface CorrectionMark {
  anchor: string;
  date: string;
  dateLabel: string;
}

/** A statement a correction affects, as the correction names it. */
export interface CorrectedStatement {
  id: string;
  /** "Trump, 4 June 2025". */
  label: string;
}

export interface CorrectionView extends CorrectionMark {
  number: number;
  wrong: string;
  right: string;
  statements: CorrectedStatement[];
}

export interface UpdateView {
  anchor: string;
  date: string;
  dateLabel: string;
  text: string;
  /** The source that reports it, by id. */
  source: string | undefined;
  /** The story that tells it in full. */
  story: { slug: string; title: string } | undefined;
}

/** What the changes need of a statement: its anchor and how to name it. */
export interface NamedStatement {
  id: string;
  speakerShortName: string;
  date: { value: string } | undefined;
  dateLabel: string;
  /** The words, as the page shows them. */
  displayText: string;
}

export interface StoryChanges {
  /** Oldest first. */
  updates: UpdateView[];
  /** Oldest first, numbered from 1. */
  corrections: CorrectionView[];
  /** The corrections that affect each statement, by statement id, oldest first. */
  byStatement: ReadonlyMap<string, CorrectionMark[]>;
}

/** Oldest first, keeping the written order on one day: numbers and anchors follow it. */
function byDate<T extends { date: string }>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => a.date.localeCompare(b.date));
}

/** The changes of one story, from its front matter and its statements. */
export function buildStoryChanges(input: {
  updates: readonly StoryUpdate[];
  corrections: readonly StoryCorrection[];
  statements: readonly NamedStatement[];
  /** The title of another story, by slug. */
  storyTitle: (slug: string) => string | undefined;
}): StoryChanges {
  const statements = new Map(input.statements.map((statement) => [statement.id, statement]));
  const updates = byDate(input.updates).map((update, index): UpdateView => {
    const title = update.story === undefined ? undefined : input.storyTitle(update.story);
    return {
      anchor: updateAnchor(index + 1),
      date: update.date,
      dateLabel: formatDate(update.date),
      text: typeset(update.text),
      source: update.source,
      story:
        update.story !== undefined && title !== undefined ? { slug: update.story, title: typeset(title) } : undefined,
    };
  });
  const byStatement = new Map<string, CorrectionMark[]>();
  const corrections = byDate(input.corrections).map((correction, index): CorrectionView => {
    const mark: CorrectionMark = {
      anchor: correctionAnchor(index + 1),
      date: correction.date,
      dateLabel: formatDate(correction.date),
    };
    const affected = correction.statements.flatMap((id) => {
      const statement = statements.get(id);
      if (!statement) return [];
      byStatement.set(id, [...(byStatement.get(id) ?? []), mark]);
      const label = statement.date
        ? `${statement.speakerShortName}, ${statement.dateLabel}`
        : statement.speakerShortName;
      return [{ id, label, opening: excerptOf(statement.displayText, OPENING_LENGTH) }];
    });
    return {
      ...mark,
      number: index + 1,
      wrong: typeset(correction.wrong),
      right: typeset(correction.right),
      statements: distinctLabels(affected),
    };
  });
  return { updates, corrections, byStatement };
}

/** How much of a statement's words tells it from another of the same speaker and day. */
const OPENING_LENGTH = 32;

/**
 * Link texts that say where each link goes: statements of one speaker on one day, which would
 * share "Ushakov, 29 June 2025", add their opening words.
 */
export function distinctLabels(
  items: readonly { id: string; label: string; opening: string }[],
): { id: string; label: string }[] {
  const count = new Map<string, number>();
  for (const item of items) count.set(item.label, (count.get(item.label) ?? 0) + 1);
  return items.map(({ id, label, opening }) => ({
    id,
    label: (count.get(label) ?? 0) > 1 ? `${label}: “${opening}”` : label,
  }));
}

/** Marks each statement with the corrections that affect it: the story page does so once, before anything renders. */
export function markCorrectedStatements(
  statements: readonly { id: string; corrections: CorrectionMark[] }[],
  changes: Pick<StoryChanges, 'byStatement'>,
): void {
  for (const statement of statements) statement.corrections = changes.byStatement.get(statement.id) ?? [];
}

/** Ids of the sources a story's events, updates and facts box cite, for its list of sources. */
export function frontMatterSources(front: {
  events: readonly { source: string }[];
  updates: readonly StoryUpdate[];
  facts?: { outcome?: { source: string } | undefined } | undefined;
}): string[] {
  return [
    ...front.events.map((event) => event.source),
    ...front.updates.flatMap((update) => (update.source === undefined ? [] : [update.source])),
    ...(front.facts?.outcome ? [front.facts.outcome.source] : []),
  ];
}
