import type { Person } from '../schemas/person.ts';
import type { Section } from '../schemas/section.ts';
import type { Source } from '../schemas/source.ts';
import type { Statement, StatementMode } from '../schemas/statement.ts';
import { formatPartialDate } from './dates.ts';
import { firstDay, roleAt, shortNameOf } from './roles.ts';

/** The heading under which a statement appears: the article itself, or a background section. */
export interface PlaceInStory {
  id: string;
  title: string;
}

export const ARTICLE_PLACE: PlaceInStory = { id: 'article', title: 'The story' };

/** A cited source as readers see it, with the source it relays when there is one. */
export interface SourceView {
  id: string;
  publisher: string;
  title: string;
  date: string;
  language: string;
  url?: string | undefined;
  archiveUrl?: string | undefined;
  note?: string | undefined;
  relays?: SourceView | undefined;
}

/** One statement, ready to render in the text, the sidebar and the export. */
export interface StatementView {
  id: string;
  speakerId: string;
  speakerName: string;
  speakerShortName: string;
  /** The office the speaker held when it was said, if the person's roles cover that day. */
  role: string | undefined;
  mode: StatementMode;
  modeLabel: 'Quoted' | 'Paraphrased';
  text: string;
  /** A short form of the text for the sidebar. */
  excerpt: string;
  date: Statement['date'];
  dateLabel: string;
  venue: string | undefined;
  channel: string | undefined;
  language: string | undefined;
  sources: SourceView[];
  place: PlaceInStory;
}

/** A person and what they said, in the order of the story. */
export interface SpeakerGroup {
  id: string;
  name: string;
  description: string;
  /** The role shared by all of the person's statements, shown once; undefined when it changed. */
  role: string | undefined;
  statements: StatementView[];
}

/** Everything an explainer page shows about its statements and sources. */
export interface StoryModel {
  speakers: SpeakerGroup[];
  statements: StatementView[];
  /** Sources cited by the story or by any statement, main sources first. */
  sources: SourceView[];
}

export interface StoryInput {
  /** Ids of the story's main sources. */
  mainSources: readonly string[];
  sections: readonly { slug: string; data: Pick<Section, 'title'> }[];
  statements: readonly Statement[];
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
}

const EXCERPT_LENGTH = 140;

/** Straight double quotes as typographic ones, as the rendered text shows them. */
export function curlyQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '\u201c$1\u201d');
}

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

function sourceView(id: string, sources: ReadonlyMap<string, Source>, seen = new Set<string>()): SourceView {
  const source = lookup(sources, id, 'source');
  seen.add(id);
  const relays = source.relays && !seen.has(source.relays) ? sourceView(source.relays, sources, seen) : undefined;
  return {
    id,
    publisher: source.publisher,
    title: source.title,
    date: source.date,
    language: source.language,
    url: source.url,
    archiveUrl: source.archiveUrl,
    note: source.note,
    relays,
  };
}

/** Collects a story's statements, speakers and sources into the model its page renders. */
export function buildStoryModel(input: StoryInput): StoryModel {
  const places = new Map(
    input.sections.map((section) => [section.slug, { id: section.slug, title: section.data.title }]),
  );
  const ordered = [...input.statements].sort((a, b) => a.position - b.position);

  const statements = ordered.map((statement): StatementView => {
    const person = lookup(input.people, statement.by, 'person');
    const sources = statement.source.map((id) => sourceView(id, input.sources));
    const day = statement.date ? firstDay(statement.date.value) : (sources[0]?.date ?? '');
    return {
      id: statement.id,
      speakerId: statement.by,
      speakerName: person.name,
      speakerShortName: shortNameOf(person),
      role: roleAt(person, day)?.title,
      mode: statement.mode,
      modeLabel: statement.mode === 'direct' ? 'Quoted' : 'Paraphrased',
      text: statement.text,
      excerpt: excerptOf(curlyQuotes(statement.text)),
      date: statement.date,
      dateLabel: formatPartialDate(statement.date),
      venue: statement.venue,
      channel: statement.channel,
      language: statement.lang,
      sources,
      place: statement.section ? (places.get(statement.section) ?? ARTICLE_PLACE) : ARTICLE_PLACE,
    };
  });

  const groups = new Map<string, SpeakerGroup>();
  for (const view of statements) {
    let group = groups.get(view.speakerId);
    if (!group) {
      const person = lookup(input.people, view.speakerId, 'person');
      group = {
        id: view.speakerId,
        name: person.name,
        description: person.description,
        role: view.role,
        statements: [],
      };
      groups.set(view.speakerId, group);
    }
    group.statements.push(view);
  }
  for (const group of groups.values()) {
    const roles = new Set(group.statements.map((view) => view.role));
    group.role = roles.size === 1 ? group.statements[0]?.role : undefined;
  }

  const cited = [...input.mainSources, ...ordered.flatMap((statement) => statement.source)];
  const sources = [...new Set(cited)].map((id) => sourceView(id, input.sources));
  return { speakers: [...groups.values()], statements, sources };
}
