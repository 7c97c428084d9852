/**
 * The content as the checker's rules see it: every file read and parsed once, each record
 * and front matter validated against its schema, every `<Said>` whose attributes are well
 * formed collected as a statement. References between them are not resolved yet: finding
 * the ones that do not resolve is the rules' work.
 */
import type { Story } from '../../schemas/story.ts';
import type { Person } from '../../schemas/person.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import type { Citation, Statement, TranslationKind } from '../../schemas/statement.ts';
import type { MdxFile } from '../content/mdx.ts';
import type { FoundStatement } from '../content/said-markup.ts';
import { unknownIdHint } from './problems.ts';
import { type Problem } from '../content/problem.ts';
import type { StoredText } from './quote-match.ts';
import type { ContentFiles } from '../content/read-content.ts';
import type { YamlPlace } from './yaml-issues.ts';

/** A person or source file: where it is, and its data when it passed its schema. */
export interface ParsedRecord<T> {
  id: string;
  file: string;
  place: YamlPlace;
  /** Undefined when the file does not parse or fails its schema (already reported). */
  data: T | undefined;
}

export interface ParsedSource extends ParsedRecord<Source> {
  /** The excerpt and the stored text file: what quotes are checked against. */
  text: StoredText | undefined;
}

/** A front matter block or a whole MDX file of a story. */
export interface ParsedMdx<T> {
  mdx: MdxFile;
  /** The front matter's place, when the file has one. */
  place: YamlPlace | undefined;
  data: T | undefined;
}

export interface ParsedSection extends ParsedMdx<Section> {
  /** The file name without `.mdx`: the section's anchor. */
  slug: string;
}

/** A statement whose attributes passed the schema; its person and sources are not yet known to exist. */
export interface ParsedStatement extends Statement {
  column: number;
  found: FoundStatement;
}

/** A `<Version>`: another rendering of the words of the statement it names. */
export interface ParsedVersion {
  of: string;
  source: Citation[];
  lang?: string | undefined;
  translator?: string | undefined;
  translation?: TranslationKind | undefined;
  text: string;
  /** The words, one text per paragraph. */
  paragraphs: string[];
  file: string;
  line: number;
  column: number;
}

/** An `<Account>` inside `<SourcesDiffer>`: what one source says. */
export interface ParsedAccount {
  source: Citation[];
  text: string;
  /** The words, one text per paragraph. */
  paragraphs: string[];
  file: string;
  line: number;
  column: number;
}

/** A `<Cite>`: a claim in the story's own voice, and the passage of the source that backs it. */
export interface ParsedCite {
  source: Citation[];
  passage: string;
  /** Its key on the page, e.g. "index/1". */
  key: string;
  /** How many statements come before it in the text. */
  after: number;
  file: string;
  line: number;
  column: number;
}

/** One story folder: `explainers/<slug>/`. */
export interface ParsedStory {
  slug: string;
  /** The folder, as messages show it. */
  file: string;
  /** True when the folder has an `index.mdx`, even one that does not parse. */
  hasIndex: boolean;
  index: ParsedMdx<Story> | undefined;
  /** Sections that parse, in `order` (by file name where the order is unknown). */
  sections: ParsedSection[];
  sectionFileCount: number;
  /** Statements in reading order: the article, then each section. */
  statements: ParsedStatement[];
  /** Ids written on `<Said>`s that are malformed (already reported): nothing that names them is reported again. */
  unparsedIds: Set<string>;
  versions: ParsedVersion[];
  accounts: ParsedAccount[];
  cites: ParsedCite[];
}

export interface ParsedContent {
  files: ContentFiles;
  publishers: Map<string, ParsedRecord<Publisher>>;
  people: Map<string, ParsedRecord<Person>>;
  sources: Map<string, ParsedSource>;
  stories: ParsedStory[];
  /** Problems met while parsing: syntax, schemas, malformed statements. */
  problems: Problem[];
}

/** Every citation of a story (statements, versions, accounts, cites), with where it is written. */
export function storyCitations(
  story: ParsedStory,
): { citation: Citation; at: { file: string; line: number; column: number }; written: string }[] {
  return [
    ...story.statements.flatMap((statement) =>
      statement.source.map((citation) => ({
        citation,
        at: statement,
        written: statement.found.attributes['source'] ?? '',
      })),
    ),
    ...[...story.versions, ...story.accounts, ...story.cites].flatMap((element) =>
      element.source.map((citation) => ({
        citation,
        at: element,
        written: element.source.map(citationText).join(', '),
      })),
    ),
  ];
}

/** A citation as an editor writes it: "aa-2025-10-09 citing tass". */
export function citationText(citation: Citation): string {
  return [citation.source, ...citation.citing].join(' citing ');
}

/** The hint for a statement id that names nothing in a story: the ids written on its statements, which are the ones that can be named. */
export function writtenIdHint(story: ParsedStory, id: string): string {
  const written = story.statements.filter((statement) => statement.idWritten).map((statement) => statement.id);
  return unknownIdHint(id, written, 'written statement');
}

/** Every MDX file of a story that parsed, the article first. */
export function storyMdxFiles(story: ParsedStory): MdxFile[] {
  return [...(story.index ? [story.index.mdx] : []), ...story.sections.map((section) => section.mdx)];
}

/** A rendering of a statement's words as an editor wrote it: the `<Said>` itself, or a `<Version>` of it. */
export interface WrittenRendering {
  tag: 'Said' | 'Version';
  text: string;
  lang: string | undefined;
  source: Citation[];
  translator: string | undefined;
  translation: TranslationKind | undefined;
  /** The statement the words belong to; undefined for a `<Version>` of one the story does not have. */
  statement: ParsedStatement | undefined;
  at: { file: string; line: number; column: number };
}

/** Every `<Said>` of a story and every `<Version>`, each with the statement it renders. */
export function storyRenderings(story: ParsedStory): WrittenRendering[] {
  const byId = new Map(story.statements.map((statement) => [statement.id, statement]));
  return [
    ...story.statements.map((statement): WrittenRendering => ({
      tag: 'Said',
      text: statement.text,
      lang: statement.lang,
      source: statement.source,
      translator: statement.translator,
      translation: statement.translation,
      statement,
      at: statement,
    })),
    ...story.versions.map((version): WrittenRendering => ({
      tag: 'Version',
      text: version.text,
      lang: version.lang,
      source: version.source,
      translator: version.translator,
      translation: version.translation,
      statement: byId.get(version.of),
      at: version,
    })),
  ];
}
