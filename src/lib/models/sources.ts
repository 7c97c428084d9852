/** The sources and publishers a story cites, as readers see them: each looked up and turned into its view once. */
import type { Publisher } from '../../schemas/publisher.ts';
import type { Source } from '../../schemas/source.ts';
import type { Citation } from '../../schemas/statement.ts';
import { formatDate } from '../text/dates.ts';
import { typeset, typesetOptional } from '../text/typography.ts';

/** An outlet, with the line a reader needs to weigh it. */
export interface PublisherView extends Publisher {
  id: string;
}

/** What the quotes taken from a source were checked against. */
export interface CheckedAgainst {
  /** `full-text`: the whole item is stored beside it; `excerpt`: only its quoted passages; `none`: no text of it. */
  kind: 'full-text' | 'excerpt' | 'none';
  /** The day the full text was stored, when the source records it, e.g. "2025-06-29". */
  stored: string | undefined;
  /** In words: "checked against the full report, stored 29 June 2025". */
  label: string;
}

/** The item a source republishes as it is: whose words they are. */
export interface Republication {
  /** The outlet that first published the item. */
  publisher: PublisherView;
  /** The item itself, when the content has a source for it. */
  sourceId: string | undefined;
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
  /** True for the speaker's own words as first published, in the language spoken. */
  original: boolean;
  checkedAgainst: CheckedAgainst;
  /** Set when the source republishes another outlet's item. */
  republishes: Republication | undefined;
  /** Whose words the item holds: its publisher's, or those of the outlet it republishes. */
  originalPublisher: PublisherView;
  /** The item in a few words: "Arab News", or "Reuters, as republished by Arab News". */
  byline: string;
}

/** The day a source's full text was stored: its `captured` field; a source written by hand has none. */
export function capturedDay(source: Source): string | undefined {
  return source.captured;
}

/** What quotes from a source were checked against: its stored full text, its excerpt, or nothing. */
export function checkedAgainst(source: Source, hasFullText: boolean): CheckedAgainst {
  if (hasFullText) {
    const stored = capturedDay(source);
    const day = stored ? `, stored ${formatDate(stored)}` : '';
    return { kind: 'full-text', stored, label: `checked against the full report${day}` };
  }
  if (source.excerpt) {
    const passages = source.excerpt.split(/\r?\n/).filter((line) => line.trim()).length;
    const what = passages === 1 ? 'the quoted passage' : 'the quoted passages';
    return { kind: 'excerpt', stored: undefined, label: `checked against ${what} only` };
  }
  return { kind: 'none', stored: undefined, label: 'not checked: no text of it is kept' };
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

export function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown ${what} "${id}": the content check should have stopped the build.`);
  return value;
}
/**
 * Looks up sources and publishers, each turned into its view once. A story's components look
 * up the sources it cites as they render; everything they can ask for has been looked up by
 * the story's model and context before then. Written as JSON (into a page's cache key), the
 * book is the views it has handed out, and it is closed: a later look-up of anything else is
 * an error, because the key would not change with it.
 */
export class SourceBook {
  readonly #sources: ReadonlyMap<string, Source>;
  readonly #publishers: ReadonlyMap<string, Publisher>;
  readonly #fullTexts: ReadonlySet<string>;
  readonly #views = new Map<string, SourceView>();
  readonly #publisherViews = new Map<string, PublisherView>();
  #closed = false;

  /** `fullTexts` are the ids of the sources whose whole text is stored beside them. */
  constructor(
    sources: ReadonlyMap<string, Source>,
    publishers: ReadonlyMap<string, Publisher>,
    fullTexts: ReadonlySet<string> = new Set(),
  ) {
    this.#sources = sources;
    this.#publishers = publishers;
    this.#fullTexts = fullTexts;
  }

  #opened(id: string, what: string): void {
    if (!this.#closed) return;
    throw new Error(
      `The ${what} "${id}" was looked up after the page's cache key was taken: look it up in the story's model or context.`,
    );
  }

  publisher(id: string): PublisherView {
    const known = this.#publisherViews.get(id);
    if (known) return known;
    this.#opened(id, 'publisher');
    const publisher = lookup(this.#publishers, id, 'publisher');
    const view = { ...publisher, description: typeset(publisher.description), id };
    this.#publisherViews.set(id, view);
    return view;
  }

  /** A republished item's outlet: the publisher named, or the publisher of the source named. */
  #republication(id: string | undefined): Republication | undefined {
    if (id === undefined) return undefined;
    const original = this.#sources.get(id);
    return original
      ? { publisher: this.publisher(original.publisher), sourceId: id }
      : { publisher: this.publisher(id), sourceId: undefined };
  }

  source(id: string): SourceView {
    const known = this.#views.get(id);
    if (known) return known;
    this.#opened(id, 'source');
    const source = lookup(this.#sources, id, 'source');
    const publisher = this.publisher(source.publisher);
    const republishes = this.#republication(source.republishes);
    const view: SourceView = {
      id,
      publisher,
      title: typeset(source.title),
      date: source.date,
      dateUncertain: source.dateUncertain ?? false,
      author: source.author,
      language: source.language,
      url: source.url,
      archiveUrl: source.archiveUrl,
      note: typesetOptional(source.note),
      framing: typesetOptional(source.framing),
      original: source.original ?? false,
      checkedAgainst: checkedAgainst(source, this.#fullTexts.has(id)),
      republishes,
      originalPublisher: republishes?.publisher ?? publisher,
      byline: republishes ? `${republishes.publisher.name}, as republished by ${publisher.name}` : publisher.name,
    };
    this.#views.set(id, view);
    return view;
  }

  /** The sources and publishers looked up so far, by id; from now on, only they can be. */
  toJSON(): { sources: SourceView[]; publishers: PublisherView[] } {
    this.#closed = true;
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    return { sources: [...this.#views.values()].sort(byId), publishers: [...this.#publisherViews.values()].sort(byId) };
  }

  citation(citation: Citation): CitationView {
    const source = this.source(citation.source);
    const citing = citation.citing.map((id): ChainLink =>
      this.#sources.has(id)
        ? { kind: 'source', source: this.source(id) }
        : { kind: 'publisher', publisher: this.publisher(id) },
    );
    const names = [
      source.byline,
      ...citing.map((link) => (link.kind === 'source' ? link.source.byline : link.publisher.name)),
    ];
    return { source, citing, label: names.join(', citing ') };
  }
}
