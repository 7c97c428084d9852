/** The sources and publishers a story cites, as readers see them: each looked up and turned into its view once. */
import type { Publisher } from '../../schemas/publisher.ts';
import type { Source } from '../../schemas/source.ts';
import type { Citation } from '../../schemas/statement.ts';
import { typeset, typesetOptional } from '../text/typography.ts';

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
  readonly #views = new Map<string, SourceView>();
  readonly #publisherViews = new Map<string, PublisherView>();
  #closed = false;

  constructor(sources: ReadonlyMap<string, Source>, publishers: ReadonlyMap<string, Publisher>) {
    this.#sources = sources;
    this.#publishers = publishers;
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

  source(id: string): SourceView {
    const known = this.#views.get(id);
    if (known) return known;
    this.#opened(id, 'source');
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
      source.publisher.name,
      ...citing.map((link) => (link.kind === 'source' ? link.source.publisher.name : link.publisher.name)),
    ];
    return { source, citing, label: names.join(', citing ') };
  }
}
