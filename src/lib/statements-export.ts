import type { StoryModel } from './page-model.ts';

export interface ExportedStory {
  slug: string;
  title: string;
  asOf: string;
  /** The page's address: absolute when the site's address is configured, else a path. */
  url: string;
}

/** The machine-readable form of a story's statements, written beside its page. */
export function statementsExport(story: ExportedStory, model: StoryModel) {
  return {
    story,
    statements: model.statements.map((statement) => ({
      id: statement.id,
      speaker: { id: statement.speakerId, name: statement.speakerName },
      role: statement.role ?? null,
      mode: statement.mode,
      text: statement.text,
      date: statement.date?.value ?? null,
      datePrecision: statement.date?.precision ?? null,
      venue: statement.venue ?? null,
      channel: statement.channel ?? null,
      language: statement.language ?? null,
      sources: statement.sources.map((source) => source.id),
      section: { id: statement.place.id, title: statement.place.title },
      anchor: `${story.url}#${statement.id}`,
    })),
  };
}
