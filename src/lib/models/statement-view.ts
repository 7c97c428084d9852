/** One statement as the text, the sidebar and the exports show it: its words, speaker mark, sources, versions and replies. */
import { PAGE_LANGUAGE } from '../../schemas/common.ts';
import type { Person } from '../../schemas/person.ts';
import type { Statement, StatementMode } from '../../schemas/statement.ts';
import type { Delivery } from '../../schemas/delivery.ts';
import { formatPartialDate } from '../text/dates.ts';
import type { ReplyIndex, ReplyLink } from './replies.ts';
import { roleDuring, shortNameOf, statementWindow } from './roles.ts';
import { type CitationMark } from './citations.ts';
import type { CorrectionMark } from './story-changes.ts';
import { typeset, typesetOptional } from '../text/typography.ts';
import { type CitationView, SourceBook, lookup } from './sources.ts';
import { excerptOf } from '../text/excerpt.ts';
import { type RenderingKind, type TranslatorView, renderingAttribution } from './renderings.ts';

/** The heading under which a statement appears: the article itself, or a background section. */
export interface PlaceInStory {
  id: string;
  title: string;
}

export const ARTICLE_PLACE: PlaceInStory = { id: 'article', title: 'The story' };

/** One rendering of a statement's words. */
export interface RenderingView {
  /** The words as written. */
  text: string;
  /** The words with the body's typography (curly quotes and apostrophes), to show. */
  displayText: string;
  /** Language of the words, e.g. "ru". */
  lang: string;
  citations: CitationView[];
  /** True when the words are taken from an original record, in the language spoken. */
  original: boolean;
  /** Original, copy or translation, and whose: see `renderingAttribution`. */
  kind: RenderingKind;
  /** Whose translation the words are, when they are not in the language spoken. */
  translator: TranslatorView | undefined;
  /** What comes before the citations: "translated from Russian by TASS, published by". */
  lead: string;
  /** In words: "a copy in Russian, published by lifelines.name". */
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
  /** How the words reached the public, when the story says. */
  delivery: Delivery | undefined;
  /** The label of its entries: how it was delivered and how it is given, "Posted · Quoted"; "Quoted" alone when the delivery is not known. */
  label: string;
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
  /** What it answers, and on whose reading. */
  answers: ReplyLink | undefined;
  answeredBy: ReplyLink[];
  place: PlaceInStory;
}

/** How many colours speaker marks cycle through (`--ex-mark-1` … in the tokens). */
export const MARK_COLOURS = 6;

/** A speaker's mark: a colour (by number) and their initial, the same in the roster, the sidebar and the text. */
export interface SpeakerMark {
  colour: number;
  initial: string;
}

/** "Posted · Quoted", "Told · Paraphrased"; "Quoted" alone when the delivery is not known. */
export function statementLabel(delivery: Delivery | undefined, modeLabel: string): string {
  if (!delivery) return modeLabel;
  return `${delivery.kind.charAt(0).toUpperCase()}${delivery.kind.slice(1)} · ${modeLabel}`;
}

/** The first letter of a name, for its mark: "Ushakov" → "U". */
export function initialOf(name: string): string {
  const [first] = new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(name.normalize('NFC'));
  return first?.segment.toLocaleUpperCase('en') ?? '?';
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
  const rendering = (
    words: Pick<Statement, 'text' | 'translator' | 'translation'>,
    lang: string,
    cited: CitationView[],
  ): RenderingView => ({
    text: words.text,
    displayText: typeset(words.text),
    lang,
    citations: cited,
    ...renderingAttribution({
      lang,
      spoken: statement.spoken,
      citations: cited,
      translator: words.translator === undefined ? undefined : context.book.publisher(words.translator),
      translation: words.translation,
    }),
  });
  const renderings: RenderingView[] = [
    rendering(statement, wordsLanguage, citations),
    ...statement.versions.map((version) =>
      rendering(
        version,
        version.lang,
        version.source.map((citation) => context.book.citation(citation)),
      ),
    ),
  ];
  const replies = context.replies?.get(`${statement.story}#${statement.id}`);
  const modeLabel = statement.mode === 'direct' ? 'Quoted' : 'Paraphrased';
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
    modeLabel,
    delivery: statement.delivery,
    label: statementLabel(statement.delivery, modeLabel),
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
