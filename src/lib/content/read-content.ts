/**
 * The first step of the check: read every file under `content/` once, safely (see
 * safe-fs.ts), and parse each YAML record and MDX file with positions for the messages.
 */
import { basename, extname, relative } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { MdxSyntaxError, parseMdx, type MdxFile } from './mdx.ts';
import { contentTreeCache, type TreeCache } from './tree-cache.ts';
import { isReservedStorySlug } from '../paths.ts';
import { readYaml } from './read-yaml.ts';
import { STATEMENT_COMPONENT } from './said-markup.ts';
import type { Problem } from './problem.ts';
import { SafeReader, type Entry } from './safe-fs.ts';
import { readingProblem } from './reading-problems.ts';

export { MAX_CONTENT_FILE_BYTES } from './safe-fs.ts';

/** A YAML record of `publishers/`, `people/` or `sources/`, parsed with positions. */
export interface YamlRecord {
  id: string;
  file: string;
  /** The parsed file; an empty document when the file could not be read (the problem is reported). */
  document: Document;
  lineCounter: LineCounter;
  /**
   * The record as plain data, computed once when the file is read. Undefined when the YAML
   * does not parse (its errors are in `document.errors`), or is unsafe to expand or could not
   * be read (the problem is already in `ContentFiles.problems`): never call `document.toJS()`.
   */
  value: unknown;
}

/** The files of one story folder: `explainers/<slug>/`. */
export interface StoryFiles {
  slug: string;
  file: string;
  /** True when the folder has an `index.mdx`, even one that does not parse. */
  hasIndex: boolean;
  /** The parsed `index.mdx`, or undefined when it is missing or does not parse. */
  index: MdxFile | undefined;
  /** Every other `.mdx` file in the folder that parses, by file name. */
  sections: MdxFile[];
  /** How many section files the folder has, parsed or not. */
  sectionFileCount: number;
}

/** Everything under `content/`, read and parsed, with the problems met on the way. */
export interface ContentFiles {
  publishers: YamlRecord[];
  people: YamlRecord[];
  sources: YamlRecord[];
  /** Text files stored beside sources (`sources/<id>.txt`), by source id. */
  sourceTexts: Map<string, { file: string; text: string }>;
  stories: StoryFiles[];
  problems: Problem[];
}

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

/** The YAML records of a folder; one that cannot be read is listed all the same, empty. */
function readRecords(reader: SafeReader, entries: readonly Entry[], problems: Problem[]): YamlRecord[] {
  const records: YamlRecord[] = [];
  for (const entry of entries) {
    const extension = extname(entry.name);
    if (entry.kind === 'folder' || !YAML_EXTENSIONS.has(extension)) continue;
    const id = basename(entry.name, extension);
    const file = reader.display(entry.path);
    const text = entry.kind === 'file' ? reader.readText(entry.path) : undefined;
    if (text === undefined) {
      // Listed all the same, empty, so that what cites it is not also reported as unknown.
      const empty = readYaml('{}');
      records.push({ id, file, document: empty.document, lineCounter: empty.lineCounter, value: undefined });
      continue;
    }
    const { document, lineCounter, value, unsafe } = readYaml(text);
    if (unsafe) {
      const { line, col } = lineCounter.linePos(unsafe.offset);
      problems.push(readingProblem('unsafe-yaml', { file, line, column: col }, unsafe.message, unsafe.hint));
    }
    records.push({ id, file, document, lineCounter, value });
  }
  return records;
}

/** The `.txt` texts stored beside sources, by source id. */
function readSourceTexts(reader: SafeReader, entries: readonly Entry[]): ContentFiles['sourceTexts'] {
  const sourceTexts: ContentFiles['sourceTexts'] = new Map();
  for (const entry of entries) {
    if (entry.kind !== 'file' || extname(entry.name) !== '.txt') continue;
    const text = reader.readText(entry.path);
    if (text !== undefined) sourceTexts.set(basename(entry.name, '.txt'), { file: reader.display(entry.path), text });
  }
  return sourceTexts;
}

/** An MDX file parsed, or undefined when it cannot be read or does not parse (the problem is reported). */
function readMdx(
  reader: SafeReader,
  path: string,
  trees: TreeCache | undefined,
  problems: Problem[],
): MdxFile | undefined {
  const text = reader.readText(path);
  if (text === undefined) return undefined;
  try {
    const mdx = parseMdx(reader.display(path), text, trees);
    problems.push(...mdx.problems);
    return mdx;
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    const element = error.unclosed;
    problems.push(
      readingProblem(
        'mdx-syntax',
        { file: reader.display(path), line: error.line, column: error.column },
        `the MDX does not parse: ${error.message}`,
              element === undefined
          ? 'close every tag you open, and write < and { as \\< and \\{ in text'
          : `close every tag you open: add </${element}> after ${element === STATEMENT_COMPONENT ? "the statement's words" : 'what it encloses'}`,
      ),
    );
    return undefined;
  }
}

/** One story folder: its index and sections, with what is misplaced in it reported. */
function readStory(
  reader: SafeReader,
  { name, path }: Entry,
  readStoryFile: (entry: Entry | undefined) => MdxFile | undefined,
): StoryFiles {
  // A refused file still counts as there, so that its story is not also said to lack it.
  const files = reader.list(path).filter((entry) => entry.kind !== 'folder');
  const indexEntry = files.find((entry) => entry.name === 'index.mdx');
  if (isReservedStorySlug(name)) {
    reader.report(
      'reserved-story-names',
      indexEntry?.path ?? path,
      `the story folder "${name}" has the name of one of the site's own pages (/${name}/)`,
      `rename the folder: a story is published at /<folder name>/, and /${name}/ belongs to the site`,
    );
  }
  for (const entry of files.filter((file) => file.kind === 'file' && extname(file.name) === '.md')) {
    reader.report(
      'md-files',
      entry.path,
      'a story is written in .mdx files; this .md file would be left out',
      `rename it to ${basename(entry.name, '.md')}.mdx`,
    );
  }
  const sectionFiles = files.filter((file) => extname(file.name) === '.mdx' && file !== indexEntry);
  const index = readStoryFile(indexEntry);
  const sections = sectionFiles.map(readStoryFile).filter((file): file is MdxFile => file !== undefined);
  return {
    slug: name,
    file: reader.display(path),
    hasIndex: indexEntry !== undefined,
    sectionFileCount: sectionFiles.length,
    index,
    sections,
  };
}

/** The story folders of `explainers/`; a story file outside a folder is reported. */
function readStories(
  reader: SafeReader,
  entries: readonly Entry[],
  trees: TreeCache | undefined,
  problems: Problem[],
): StoryFiles[] {
  const readStoryFile = (entry: Entry | undefined) =>
    entry?.kind === 'file' ? readMdx(reader, entry.path, trees, problems) : undefined;
  const stories: StoryFiles[] = [];
  for (const entry of entries) {
    if (entry.kind === 'folder') stories.push(readStory(reader, entry, readStoryFile));
    else if (entry.kind === 'file' && ['.md', '.mdx'].includes(extname(entry.name))) {
      reader.report(
        'sections-outside-stories',
        entry.path,
        'this section belongs to no explainer: it is not inside a story folder',
        `move it to content/explainers/<story-slug>/${entry.name}`,
      );
    }
  }
  return stories;
}

/** Reads `content/` (or any folder of the same shape) without validating it. */
export function readContent(contentDir: string, displayBase = process.cwd()): ContentFiles {
  const problems: Problem[] = [];
  const trees = contentTreeCache(contentDir);
  const reader = new SafeReader(problems, (path) => relative(displayBase, path) || path);
  const contentEntries = reader.list(contentDir, true);
  /** A folder of `content/`: its entries when it is a real folder, none otherwise. */
  const folder = (name: string): Entry[] => {
    const entry = contentEntries.find((candidate) => candidate.name === name);
    return entry?.kind === 'folder' ? reader.list(entry.path) : [];
  };
  const sourceEntries = folder('sources');
  const sourceTexts = readSourceTexts(reader, sourceEntries);
  const stories = readStories(reader, folder('explainers'), trees, problems);
  trees?.save();
  return {
    publishers: readRecords(reader, folder('publishers'), problems),
    people: readRecords(reader, folder('people'), problems),
    sources: readRecords(reader, sourceEntries, problems),
    sourceTexts,
    stories,
    problems,
  };
}
