/**
 * The page model: a story's statements, speakers and sources gathered into what its page
 * shows, before any component renders. Plain TypeScript, tested without Astro.
 */
import type { Person } from '../../schemas/person.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';
import type { Citation, Statement } from '../../schemas/statement.ts';
import { shortNameOf } from './roles.ts';
import { numberCitations, type CitationIndex } from './citations.ts';
import { typeset } from '../text/typography.ts';
import { SourceBook, type SourceView, lookup } from './sources.ts';
import {
  ARTICLE_PLACE,
  MARK_COLOURS,
  type ReplyIndex,
  type SpeakerMark,
  type StatementView,
  initialOf,
  statementView,
} from './statement-view.ts';

/** A person and what they said, in the order of the story. */
export interface SpeakerGroup {
  id: string;
  mark: SpeakerMark;
  name: string;
  description: string;
  /** The role shared by all of the person's statements, shown once; undefined when it changed. */
  role: string | undefined;
  statements: StatementView[];
}

/** Everything a story page shows about its statements and sources. */
export interface StoryModel {
  speakers: SpeakerGroup[];
  statements: StatementView[];
  /** Sources cited by the story or by any statement, main sources first. */
  sources: SourceView[];
  /** Every source and publisher, for the components that cite them by id in the text. */
  book: SourceBook;
  /** The story's citations, numbered in the order the text first cites each source. */
  citations: CitationIndex;
}

export interface StoryInput {
  /** Ids of the story's main sources. */
  mainSources: readonly string[];
  sections: readonly { slug: string; data: Pick<Section, 'title'> }[];
  statements: readonly Statement[];
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  publishers: ReadonlyMap<string, Publisher>;
  replies?: ReplyIndex;
  /** Citations of the story's `<Account>`s, whose sources belong in its source list too. */
  accounts?: readonly { source: readonly Citation[] }[];
  /** Ids of the sources whose whole text is stored beside them, which quotes were checked against. */
  fullTexts?: ReadonlySet<string>;
}

/** Collects a story's statements, speakers and sources into the model its page renders. */
export function buildStoryModel(input: StoryInput): StoryModel {
  const places = new Map(
    input.sections.map((section) => [section.slug, { id: section.slug, title: typeset(section.data.title) }]),
  );
  const book = new SourceBook(input.sources, input.publishers, input.fullTexts);
  const ordered = [...input.statements].sort((a, b) => a.position - b.position);

  const statements = ordered.map((statement) =>
    statementView(statement, {
      people: input.people,
      book,
      replies: input.replies,
      place: statement.section ? (places.get(statement.section) ?? ARTICLE_PLACE) : ARTICLE_PLACE,
    }),
  );

  const citations = numberCitations(statements);
  for (const view of statements) view.citationMarks = citations.marks.get(view.id) ?? [];

  const groups = new Map<string, SpeakerGroup>();
  for (const view of statements) {
    let group = groups.get(view.speakerId);
    if (!group) {
      const person = lookup(input.people, view.speakerId, 'person');
      group = {
        id: view.speakerId,
        mark: { colour: (groups.size % MARK_COLOURS) + 1, initial: initialOf(shortNameOf(person)) },
        name: person.name,
        description: typeset(person.description),
        role: view.role,
        statements: [],
      };
      groups.set(view.speakerId, group);
    }
    view.speakerMark = group.mark;
    group.statements.push(view);
  }
  for (const group of groups.values()) {
    const roles = new Set(group.statements.map((view) => view.role));
    group.role = roles.size === 1 ? group.statements[0]?.role : undefined;
  }

  const accountCitations = (input.accounts ?? []).flatMap((account) =>
    account.source.map((citation) => book.citation(citation)),
  );
  const cited = [
    ...input.mainSources,
    ...statements.flatMap((view) =>
      view.renderings.flatMap((rendering) =>
        rendering.citations.flatMap((citation) => [
          citation.source.id,
          ...citation.citing.flatMap((link) => (link.kind === 'source' ? [link.source.id] : [])),
        ]),
      ),
    ),
    ...accountCitations.flatMap((citation) => [
      citation.source.id,
      ...citation.citing.flatMap((link) => (link.kind === 'source' ? [link.source.id] : [])),
    ]),
  ];
  // An item that a cited source republishes is listed too, when the content has it.
  const republished = cited.flatMap((id) => book.source(id).republishes?.sourceId ?? []);
  const sources = [...new Set([...cited, ...republished])].map((id) => book.source(id));
  return { speakers: [...groups.values()], statements, sources, book, citations };
}
