/**
 * The page model: a story's statements, speakers and sources gathered into what its page
 * shows, before any component renders. Plain TypeScript, tested without Astro.
 */
import type { Person } from '../../schemas/person.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';
import type { Citation, Statement } from '../../schemas/statement.ts';
import type { Cite } from '../../schemas/cite.ts';
import { shortNameOf } from './roles.ts';
import { numberCitations, type CitationIndex, type CitationMark } from './citations.ts';
import { typeset } from '../text/typography.ts';
import { SourceBook, type CitationView, type SourceView, lookup } from './sources.ts';
import {
  ARTICLE_PLACE,
  MARK_COLOURS,
  type SpeakerMark,
  type StatementView,
  initialOf,
  statementView,
} from './statement-view.ts';
import type { ReplyIndex } from './replies.ts';

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

/** A claim in the story's own voice (`<Cite>`), with its numbered mark and the source's words. */
export interface CiteView {
  mark: CitationMark;
  citation: CitationView;
  /** The source's words, with the body's typography. */
  passage: string;
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
  /** The story's `<Cite>`s by key, e.g. "index/1". */
  cites: ReadonlyMap<string, CiteView>;
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
  /** Each speaker's colour across the site (see speaker-colours.ts); by order in the story when absent. */
  colours?: ReadonlyMap<string, number>;
  /** Citations of the story's `<Account>`s, whose sources belong in its source list too. */
  accounts?: readonly { source: readonly Citation[] }[];
  /** The story's `<Cite>`s, in the order of the text. */
  cites?: readonly Omit<Cite, 'story'>[];
  /** Ids of the sources whose whole text is stored beside them, which quotes were checked against. */
  fullTexts?: ReadonlySet<string>;
}

/** Numbers the citations of the statements and the cites in one order, and marks each statement. */
function numberStory(statements: StatementView[], cites: readonly Omit<Cite, 'story'>[], book: SourceBook) {
  const cited = cites.map((cite) => ({
    key: cite.key,
    after: cite.after,
    citation: book.citation(cite.source[0] ?? { source: '', citing: [] }),
    passage: typeset(cite.passage),
  }));
  const citations = numberCitations(
    statements,
    cited.map(({ key, after, citation, passage }) => ({ key, after, sourceId: citation.source.id, passage })),
  );
  for (const view of statements) view.citationMarks = citations.marks.get(view.id) ?? [];
  const views = new Map(
    cited.flatMap(({ key, citation, passage }): [string, CiteView][] => {
      const mark = citations.cites.get(key);
      return mark ? [[key, { mark, citation, passage }]] : [];
    }),
  );
  return { citations, cites: views };
}

/** A citation's source, and the sources it relays. */
function sourceIdsOf(citation: CitationView): string[] {
  return [citation.source.id, ...citation.citing.flatMap((link) => (link.kind === 'source' ? [link.source.id] : []))];
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
  const { citations, cites } = numberStory(statements, input.cites ?? [], book);

  const groups = new Map<string, SpeakerGroup>();
  for (const view of statements) {
    let group = groups.get(view.speakerId);
    if (!group) {
      const person = lookup(input.people, view.speakerId, 'person');
      group = {
        id: view.speakerId,
        mark: {
          colour: input.colours?.get(view.speakerId) ?? (groups.size % MARK_COLOURS) + 1,
          initial: initialOf(shortNameOf(person)),
        },
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

  const listed = [
    ...input.mainSources,
    ...statements.flatMap((view) => view.renderings.flatMap((rendering) => rendering.citations.flatMap(sourceIdsOf))),
    ...(input.accounts ?? []).flatMap((account) =>
      account.source.flatMap((citation) => sourceIdsOf(book.citation(citation))),
    ),
    ...[...cites.values()].flatMap((cite) => sourceIdsOf(cite.citation)),
  ];
  // An item that a cited source republishes is listed too, when the content has it.
  const republished = listed.flatMap((id) => book.source(id).republishes?.sourceId ?? []);
  const sources = [...new Set([...listed, ...republished])].map((id) => book.source(id));
  return { speakers: [...groups.values()], statements, sources, book, citations, cites };
}
