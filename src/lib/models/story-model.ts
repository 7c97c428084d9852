/**
 * The page model: a story's statements, speakers and sources gathered into what its page
 * shows, before any component renders. Plain TypeScript, tested without Astro.
 */
import { PAGE_LANGUAGE } from '../../schemas/common.ts';
import type { Person } from '../../schemas/person.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';
import type { Citation, Statement, StatementMode } from '../../schemas/statement.ts';
import { formatPartialDate } from '../text/dates.ts';
import { roleDuring, shortNameOf, statementWindow } from './roles.ts';
import { numberCitations, type CitationIndex, type CitationMark } from './citations.ts';
import type { CorrectionMark } from './story-changes.ts';
import { typeset, typesetOptional } from '../text/typography.ts';

/** The heading under which a statement appears: the article itself, or a background section. */
export interface PlaceInStory {
  id: string;
  title: string;
}

export const ARTICLE_PLACE: PlaceInStory = { id: 'article', title: 'The story' };

/** An outlet, with the line a reader needs to weigh it. */
export interface PublisherView extends Publisher {
  id: string;
}

/** A cited item as readers see it. */
export interface SourceView {
  id: string;
  publisher: PublisherView;
  title: string;
  date: string;
  dateUncertain: boolean;
  author: string | undefined;
  language: string;
  url: string | undefined;
  archiveUrl: string | undefined;
  note: string | undefined;
  /** The source's own framing, shown as the source's. */
  framing: string | undefined;
}

/** One step of a relay chain: an item that is known, or only the outlet. */
export type ChainLink = { kind: 'source'; source: SourceView } | { kind: 'publisher'; publisher: PublisherView };

/** Where words were taken from, and whom that source cites: "Anadolu Agency, citing TASS". */
export interface CitationView {
  source: SourceView;
  citing: ChainLink[];
  /** The chain in words. */
  label: string;
}

/** One rendering of a statement's words. */
export interface RenderingView {
  /** The words as written. */
  text: string;
  /** The words with the body's typography (curly quotes and apostrophes), to show. */
  displayText: string;
  /** Language of the words, e.g. "ru". */
  lang: string;
  citations: CitationView[];
  /** True for the rendering in the language the speaker used. */
  original: boolean;
}

/** A statement named from another: the answer to it, or what it answers. */
export interface StatementLink {
  story: string;
  id: string;
  speakerShortName: string;
  dateLabel: string;
  /** Short form for a link: "Ryabkov, 8 October 2025". */
  label: string;
}

/** One statement, ready to render in the text, the sidebar and the exports. */
export interface StatementView {
  id: string;
  story: string;
  speakerId: string;
  speakerName: string;
  speakerShortName: string;
  /** Set by the story model: the speaker's mark in this story. */
  speakerMark: SpeakerMark;
  /** Set by the story model: the marks of its numbered citations, e.g. [1], one per source it cites. */
  citationMarks: CitationMark[];
  /** Set by the story page: the corrections that affect it, oldest first. */
  corrections: CorrectionMark[];
  /** The office the speaker certainly held when it was said; undefined when that is not certain. */
  role: string | undefined;
  mode: StatementMode;
  modeLabel: 'Quoted' | 'Paraphrased';
  /** The words as written. */
  text: string;
  /** The words with the body's typography (curly quotes and apostrophes), to show. */
  displayText: string;
  /** A short form of the text for the sidebar. */
  excerpt: string;
  date: Statement['date'];
  dateLabel: string;
  /** The day used to order statements in time: the statement's, or its source's when it has none. */
  sortDay: string;
  venue: string | undefined;
  channel: string | undefined;
  /** Language the speaker used, when known. */
  spokenLanguage: string | undefined;
  /** Language of the words shown. */
  wordsLanguage: string;
  citations: CitationView[];
  /** Every rendering: the one shown in the text first, then the other versions. */
  renderings: RenderingView[];
  answers: StatementLink | undefined;
  answeredBy: StatementLink[];
  place: PlaceInStory;
}

/** How many colours speaker marks cycle through (`--ex-mark-1` … in the tokens). */
export const MARK_COLOURS = 6;

/** A speaker's mark: a colour (by number) and their initial, the same in the roster, the sidebar and the text. */
export interface SpeakerMark {
  colour: number;
  initial: string;
}

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

/** Replies between statements, across stories, by `<story>#<id>`. */
export type ReplyIndex = ReadonlyMap<string, { answers?: StatementLink; answeredBy: StatementLink[] }>;

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
}

const EXCERPT_LENGTH = 140;

/** Shortens a text at a word boundary, with an ellipsis when anything was cut. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown ${what} "${id}": the content check should have stopped the build.`);
  return value;
}

/** The first letter of a name, for its mark: "Ushakov" → "U". */
export function initialOf(name: string): string {
  const [first] = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(name.normalize('NFC'));
  return first?.segment.toLocaleUpperCase('en') ?? '?';
}

/** Looks up sources and publishers, each turned into its view once. */
export class SourceBook {
  readonly #sources: ReadonlyMap<string, Source>;
  readonly #publishers: ReadonlyMap<string, Publisher>;
  readonly #views = new Map<string, SourceView>();

  constructor(sources: ReadonlyMap<string, Source>, publishers: ReadonlyMap<string, Publisher>) {
    this.#sources = sources;
    this.#publishers = publishers;
  }

  publisher(id: string): PublisherView {
    const publisher = lookup(this.#publishers, id, 'publisher');
    return { ...publisher, description: typeset(publisher.description), id };
  }

  source(id: string): SourceView {
    const known = this.#views.get(id);
    if (known) return known;
    const source = lookup(this.#sources, id, 'source');
    const view: SourceView = {
      id,
      publisher: this.publisher(source.publisher),
      title: typeset(source.title),
      date: source.date,
      dateUncertain: source.dateUncertain ?? false,
      author: source.author,
      language: source.language,
      url: source.url,
      archiveUrl: source.archiveUrl,
      note: typesetOptional(source.note),
      framing: typesetOptional(source.framing),
    };
    this.#views.set(id, view);
    return view;
  }

  citation(citation: Citation): CitationView {
    const source = this.source(citation.source);
    const citing = citation.citing.map((id): ChainLink =>
      this.#sources.has(id)
        ? { kind: 'source', source: this.source(id) }
        : { kind: 'publisher', publisher: this.publisher(id) },
    );
    const names = [
      source.publisher.name,
      ...citing.map((link) => (link.kind === 'source' ? link.source.publisher.name : link.publisher.name)),
    ];
    return { source, citing, label: names.join(', citing ') };
  }
}

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

/** Which statement answers which, across every story of the site. */
export function buildReplyIndex(statements: readonly Statement[], people: ReadonlyMap<string, Person>): ReplyIndex {
  const key = (story: string, id: string) => `${story}#${id}`;
  const index = new Map<string, { answers?: StatementLink; answeredBy: StatementLink[] }>();
  const entry = (name: string) => {
    const found = index.get(name) ?? { answeredBy: [] };
    index.set(name, found);
    return found;
  };
  const byKey = new Map(statements.map((statement) => [key(statement.story, statement.id), statement]));
  for (const statement of statements) {
    if (!statement.answers) continue;
    const answered = byKey.get(key(statement.answers.story ?? statement.story, statement.answers.id));
    if (!answered) continue;
    entry(key(statement.story, statement.id)).answers = statementLink(answered, lookup(people, answered.by, 'person'));
    entry(key(answered.story, answered.id)).answeredBy.push(
      statementLink(statement, lookup(people, statement.by, 'person')),
    );
  }
  return index;
}

/** One statement's view. */
export function statementView(
  statement: Statement,
  context: {
    people: ReadonlyMap<string, Person>;
    book: SourceBook;
    replies?: ReplyIndex | undefined;
    place: PlaceInStory;
  },
): StatementView {
  const person = lookup(context.people, statement.by, 'person');
  const citations = statement.source.map((citation) => context.book.citation(citation));
  const sortDay = statement.date?.value ?? citations[0]?.source.date ?? '';
  const window = statementWindow(statement.date, citations[0]?.source.date ?? '');
  const wordsLanguage = statement.lang ?? PAGE_LANGUAGE;
  const renderings: RenderingView[] = [
    {
      text: statement.text,
      displayText: typeset(statement.text),
      lang: wordsLanguage,
      citations,
      original: wordsLanguage === statement.spoken,
    },
    ...statement.versions.map((version) => ({
      text: version.text,
      displayText: typeset(version.text),
      lang: version.lang,
      citations: version.source.map((citation) => context.book.citation(citation)),
      original: version.lang === statement.spoken,
    })),
  ];
  const replies = context.replies?.get(`${statement.story}#${statement.id}`);
  return {
    id: statement.id,
    story: statement.story,
    speakerId: statement.by,
    speakerName: person.name,
    speakerShortName: shortNameOf(person),
    speakerMark: { colour: 1, initial: initialOf(shortNameOf(person)) },
    citationMarks: [],
    corrections: [],
    role: typesetOptional(roleDuring(person, window.from, window.to)?.title),
    mode: statement.mode,
    modeLabel: statement.mode === 'direct' ? 'Quoted' : 'Paraphrased',
    text: statement.text,
    displayText: typeset(statement.text),
    excerpt: excerptOf(typeset(statement.text)),
    date: statement.date,
    dateLabel: formatPartialDate(statement.date),
    sortDay,
    venue: typesetOptional(statement.venue),
    channel: typesetOptional(statement.channel),
    spokenLanguage: statement.spoken,
    wordsLanguage,
    citations,
    renderings,
    answers: replies?.answers,
    answeredBy: replies?.answeredBy ?? [],
    place: context.place,
  };
}

/** Collects a story's statements, speakers and sources into the model its page renders. */
export function buildStoryModel(input: StoryInput): StoryModel {
  const places = new Map(
    input.sections.map((section) => [section.slug, { id: section.slug, title: typeset(section.data.title) }]),
  );
  const book = new SourceBook(input.sources, input.publishers);
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
  const sources = [...new Set(cited)].map((id) => book.source(id));
  return { speakers: [...groups.values()], statements, sources, book, citations };
}
