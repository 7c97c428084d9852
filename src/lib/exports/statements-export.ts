import type { ListedStory } from '../models/listed-stories.ts';
import type { TranslatorView } from '../models/renderings.ts';
import type { CitationView } from '../models/sources.ts';
import type { StatementView } from '../models/statement-view.ts';
import type { StoryModel } from '../models/story-model.ts';

export interface ExportedStory {
  slug: string;
  title: string;
  asOf: string;
  /** The page's address: absolute when the site's address is configured, else a path. */
  url: string;
}

/** Whose translation words are, as data; null for words in the language spoken, or when that is not known. */
function exportTranslator(translator: TranslatorView | undefined) {
  return translator ? { id: translator.id, name: translator.name, official: translator.official } : null;
}

/**
 * A citation as data: the source, its publisher, the outlet whose item it republishes (the
 * original publisher, which is its own publisher when it republishes none), what its quotes
 * were checked against, and whom it cites, nearest first.
 */
function exportCitation(citation: CitationView) {
  const { source } = citation;
  return {
    source: source.id,
    publisher: source.publisher.id,
    originalPublisher: source.originalPublisher.id,
    republishes: source.republishes
      ? { source: source.republishes.sourceId ?? null, publisher: source.republishes.publisher.id }
      : null,
    checkedAgainst: { kind: source.checkedAgainst.kind, stored: source.checkedAgainst.stored ?? null },
    citing: citation.citing.map((link) =>
      link.kind === 'source'
        ? { source: link.source.id, publisher: link.source.publisher.id }
        : { source: null, publisher: link.publisher.id },
    ),
    label: citation.label,
  };
}

/** One statement as data, its anchor under `pageUrl`. */
export function exportStatement(statement: StatementView, pageUrl: string) {
  return {
    id: statement.id,
    story: statement.story,
    speaker: { id: statement.speakerId, name: statement.speakerName },
    role: statement.role ?? null,
    mode: statement.mode,
    // How the words reached the public ("posted"), and where, for a post ("Truth Social").
    delivery: statement.delivery?.kind ?? null,
    platform: statement.delivery?.platform ?? null,
    // The words as written, and as the page shows them (curly quotes and apostrophes).
    text: statement.text,
    displayText: statement.displayText,
    date: statement.date?.value ?? null,
    datePrecision: statement.date?.precision ?? null,
    venue: statement.venue ?? null,
    channel: statement.channel ?? null,
    spokenLanguage: statement.spokenLanguage ?? null,
    language: statement.wordsLanguage,
    translator: exportTranslator(statement.renderings[0]?.translator),
    citations: statement.citations.map(exportCitation),
    renderings: statement.renderings.map((rendering) => ({
      text: rendering.text,
      displayText: rendering.displayText,
      language: rendering.lang,
      // True only for words taken from an original record, in the language spoken.
      original: rendering.original,
      kind: rendering.kind,
      translator: exportTranslator(rendering.translator),
      label: rendering.label,
      citations: rendering.citations.map(exportCitation),
    })),
    // Whose reading a reply is: "source" (with the source's words that say so) or "ours".
    answers: statement.answers
      ? {
          story: statement.answers.story,
          id: statement.answers.id,
          basis: statement.answers.basis,
          passage: statement.answers.passage ?? null,
        }
      : null,
    answeredBy: statement.answeredBy.map((link) => ({ story: link.story, id: link.id, basis: link.basis })),
    section: { id: statement.place.id, title: statement.place.title },
    anchor: `${pageUrl}#${statement.id}`,
  };
}

/** The machine-readable form of a story's statements, written beside its page. */
export function statementsExport(story: ExportedStory, model: StoryModel) {
  return {
    story,
    statements: model.statements.map((statement) => exportStatement(statement, story.url)),
  };
}

/**
 * `statements.json`: every statement of every listed story, the newest story first, each
 * story's in reading order; `pageUrl` is a story page's address. The search's records and the
 * values of its filters are built from this same object.
 */
export function siteStatementsExport(
  stories: readonly Pick<ListedStory, 'slug' | 'title' | 'asOf' | 'statements'>[],
  pageUrl: (slug: string) => string,
) {
  return {
    stories: stories.map((story): ExportedStory => ({
      slug: story.slug,
      title: story.title,
      asOf: story.asOf,
      url: pageUrl(story.slug),
    })),
    statements: stories.flatMap((story) =>
      story.statements.map((statement) => exportStatement(statement, pageUrl(story.slug))),
    ),
  };
}
