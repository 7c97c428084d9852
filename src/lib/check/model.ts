/** The content model the site is built from: the stories, people and sources that passed the check. */
import type { Story } from '../../schemas/story.ts';
import type { Person } from '../../schemas/person.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import { PAGE_LANGUAGE } from '../../schemas/common.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';
import type { Account, Statement } from '../../schemas/statement.ts';
import type { Cite } from '../../schemas/cite.ts';
import type { ParsedContent, ParsedStory } from './content.ts';
import type { Problem } from '../content/problem.ts';
import type { StoredText } from './quote-match.ts';

/** A source with the text stored for it, when there is any. */
export interface SourceRecord extends Source {
  id: string;
  /** The excerpt and the stored text file: what quotes are checked against. */
  text?: StoredText;
}

export interface PublisherRecord extends Publisher {
  id: string;
}

export interface PersonRecord extends Person {
  id: string;
}

export interface SectionRecord extends Section {
  slug: string;
  file: string;
}

/** A story whose every file passed the check. */
export interface StoryRecord extends Story {
  slug: string;
  file: string;
  sections: SectionRecord[];
  statements: Statement[];
  /** What each source says where sources differ: the sources they cite are the story's too. */
  accounts: Omit<Account, 'story'>[];
  /** The story's own claims, each with the source that backs it, in the order of the text. */
  cites: Omit<Cite, 'story'>[];
}

/** The content, checked: what the site is built from. */
export interface ContentModel {
  publishers: Map<string, PublisherRecord>;
  people: Map<string, PersonRecord>;
  sources: Map<string, SourceRecord>;
  stories: StoryRecord[];
}

/** True when a problem is in one of the story's own files. */
export function isInStory(problem: Pick<Problem, 'file'>, story: Pick<ParsedStory, 'file'>): boolean {
  return problem.file === story.file || problem.file.startsWith(`${story.file}/`);
}

/** Gathers what passed into the model; a story with an error in it, or a reference that does not resolve, is left out. */
export function buildContentModel(content: ParsedContent, problems: readonly Problem[]): ContentModel {
  const publishers = new Map<string, PublisherRecord>();
  for (const [id, record] of content.publishers) if (record.data) publishers.set(id, { ...record.data, id });
  const people = new Map<string, PersonRecord>();
  for (const [id, record] of content.people) if (record.data) people.set(id, { ...record.data, id });
  const sources = new Map<string, SourceRecord>();
  for (const [id, record] of content.sources) {
    if (record.data) sources.set(id, { ...record.data, id, ...(record.text ? { text: record.text } : {}) });
  }
  const errorFiles = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  const stories: StoryRecord[] = [];
  for (const story of content.stories) {
    const front = story.index?.data;
    if (!front || [...errorFiles].some((file) => isInStory({ file }, story))) continue;
    const resolves = story.statements.every(
      (statement) => people.has(statement.by) && statement.source.every((citation) => sources.has(citation.source)),
    );
    if (!resolves || !front.sources.every((id) => sources.has(id))) continue;
    const sections = story.sections.flatMap((section) =>
      section.data ? [{ ...section.data, slug: section.slug, file: section.mdx.file }] : [],
    );
    const statements = story.statements.map(({ column, found, ...statement }): Statement => ({
      ...statement,
      versions: story.versions
        .filter((version) => version.of === statement.id)
        .map((version) => ({
          text: version.text,
          lang: version.lang ?? PAGE_LANGUAGE,
          source: version.source,
          ...(version.translator ? { translator: version.translator } : {}),
          ...(version.translation ? { translation: version.translation } : {}),
          file: version.file,
          line: version.line,
        })),
    }));
    const accounts = story.accounts.map(({ source, text, file, line }) => ({ source, text, file, line }));
    const cites = story.cites.map(({ column, ...cite }) => cite);
    stories.push({ ...front, slug: story.slug, file: story.file, sections, statements, accounts, cites });
  }
  return { publishers, people, sources, stories };
}
