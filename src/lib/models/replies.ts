/**
 * Replies between statements, across stories, and whose reading each one is: a source that
 * says in its own words that one statement answers another, or the explainer's own reading.
 * The page says which, in the same words wherever a reply is shown. Plain TypeScript.
 */
import type { Person } from '../../schemas/person.ts';
import type { Statement } from '../../schemas/statement.ts';
import { formatPartialDate } from '../text/dates.ts';
import { shortNameOf } from './roles.ts';
import { lookup } from './sources.ts';

/** A statement named from another: the answer to it, or what it answers. */
export interface StatementLink {
  story: string;
  id: string;
  speakerShortName: string;
  dateLabel: string;
  /** Short form for a link: "Ryabkov, 8 October 2025". */
  label: string;
}

/** Whose reading a reply is: the source's (it says so in its own words) or the explainer's own. */
export type ReplyBasis = 'source' | 'ours';

/** One end of a reply, with the words that frame its link: "In reply to" [link] "(the source says so)". */
export interface ReplyLink extends StatementLink {
  basis: ReplyBasis;
  /** The source's words that say it is a reply, when it says so. */
  passage: string | undefined;
  /** Said before the link: "In reply to", "We read this as a reply to", "Answered by". */
  lead: string;
  /** Said after the link, "(the source says so)", or "" when there is nothing to add. */
  note: string;
  /** The whole line as one text: "In reply to Ryabkov, 8 October 2025 (the source says so)". */
  text: string;
}

/** Replies by `<story>#<id>`: what a statement answers, and the statements that answer it. */
export type ReplyIndex = ReadonlyMap<string, { answers?: ReplyLink; answeredBy: ReplyLink[] }>;

/** The link text of a statement named from another: "Ryabkov, 8 October 2025". */
export function statementLink(statement: Statement, person: Person): StatementLink {
  const speakerShortName = shortNameOf(person);
  const dateLabel = statement.date ? formatPartialDate(statement.date) : '';
  return {
    story: statement.story,
    id: statement.id,
    speakerShortName,
    dateLabel,
    label: dateLabel ? `${speakerShortName}, ${dateLabel}` : speakerShortName,
  };
}

/** Whose reading a statement's `answers` is; undefined when it answers nothing or says no basis. */
export function replyBasisOf(
  statement: Pick<Statement, 'answers' | 'replyPassage' | 'replyBasis'>,
): ReplyBasis | undefined {
  if (!statement.answers) return undefined;
  if (statement.replyPassage !== undefined) return 'source';
  return statement.replyBasis;
}

/** The words around a reply's link, for the statement that answers (`answers`) or the one answered (`answeredBy`). */
export function replyWords(direction: 'answers' | 'answeredBy', basis: ReplyBasis): { lead: string; note: string } {
  const note = basis === 'source' ? '(the source says so)' : direction === 'answers' ? '' : '(as we read it)';
  if (direction === 'answeredBy') return { lead: 'Answered by', note };
  return { lead: basis === 'source' ? 'In reply to' : 'We read this as a reply to', note };
}

function replyLink(
  link: StatementLink,
  direction: 'answers' | 'answeredBy',
  basis: ReplyBasis,
  passage: string | undefined,
): ReplyLink {
  const { lead, note } = replyWords(direction, basis);
  return { ...link, basis, passage, lead, note, text: [lead, link.label, note].filter(Boolean).join(' ') };
}

/** Which statement answers which, across every story of the site, and on whose reading. */
export function buildReplyIndex(statements: readonly Statement[], people: ReadonlyMap<string, Person>): ReplyIndex {
  const key = (story: string, id: string) => `${story}#${id}`;
  const index = new Map<string, { answers?: ReplyLink; answeredBy: ReplyLink[] }>();
  const entry = (name: string) => {
    const found = index.get(name) ?? { answeredBy: [] };
    index.set(name, found);
    return found;
  };
  const byKey = new Map(statements.map((statement) => [key(statement.story, statement.id), statement]));
  for (const statement of statements) {
    const basis = replyBasisOf(statement);
    if (!statement.answers || !basis) continue;
    const answered = byKey.get(key(statement.answers.story ?? statement.story, statement.answers.id));
    if (!answered) continue;
    const answeredLink = statementLink(answered, lookup(people, answered.by, 'person'));
    const answerLink = statementLink(statement, lookup(people, statement.by, 'person'));
    entry(key(statement.story, statement.id)).answers = replyLink(
      answeredLink,
      'answers',
      basis,
      statement.replyPassage,
    );
    entry(key(answered.story, answered.id)).answeredBy.push(
      replyLink(answerLink, 'answeredBy', basis, statement.replyPassage),
    );
  }
  return index;
}
