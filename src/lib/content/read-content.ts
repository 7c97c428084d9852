/**
 * The first step of the check: read every file under `content/` once, safely. Only regular
 * files and folders inside the content folder are read: a link could bring in any file of the
 * machine, a named pipe would block the reading for ever, and a huge file would stall it.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  type Stats,
} from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { MdxSyntaxError, parseMdx, type MdxFile } from './mdx.ts';
import { contentTreeCache } from './tree-cache.ts';
import { isReservedStorySlug } from '../paths.ts';
import { readYaml } from './read-yaml.ts';
import { STATEMENT_COMPONENT } from './said-markup.ts';
import type { Problem } from './problem.ts';
import { readingProblem, type ReadingProblemId } from './reading-problems.ts';

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

/** The largest content file that is read: far more than any story or source text needs. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
/**
 * Opened without following a link and without waiting for a writer: a file swapped for a link
 * or a pipe after it was listed fails to open instead of being read. Windows has neither flag
 * (nor named pipes in its file system).
 */
const OPEN_FLAGS =
  process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** An entry of a content folder: a regular file, a real folder, or anything else, refused. */
interface Entry {
  name: string;
  path: string;
  kind: 'file' | 'folder' | 'refused';
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${String(Math.ceil(bytes / 1024))} KiB`;
}

/** What a file that is neither a regular file, a folder nor a link is, in an editor's words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** Reads `content/` (or any folder of the same shape) without validating it. */
export function readContent(contentDir: string, displayBase = process.cwd()): ContentFiles {
  const problems: Problem[] = [];
  const trees = contentTreeCache(contentDir);
  const display = (path: string) => relative(displayBase, path) || path;
  const report = (id: ReadingProblemId, path: string, message: string, hint: string) => {
    problems.push(readingProblem(id, { file: display(path), line: 1, column: 1 }, message, hint));
  };
  const reportLink = (path: string) => {
    report(
      'regular-files',
      path,
      `${display(path)} is a symbolic link; content files must be regular files inside content/`,
      'replace the link with the file or folder itself (a copy, not a link): links are not followed',
    );
  };
  const reportSpecial = (path: string, stats: Stats) => {
    report(
      'regular-files',
      path,
      `${display(path)} is ${kindOf(stats)}; content files must be regular files inside content/`,
      'remove it: it is not read',
    );
  };

  /**
   * The entries of a folder, sorted by name. Links and special files are reported, once
   * each, and listed as refused; hidden ones are left out silently, as editors keep their
   * lock files there (often as links). The content folder itself may be reached
   * through a link: it is the one the editor named.
   */
  const list = (dir: string, isRoot = false): Entry[] => {
    let names: string[];
    try {
      if (!(isRoot ? statSync(dir) : lstatSync(dir)).isDirectory()) return [];
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    const entries: Entry[] = [];
    for (const name of names) {
      const path = join(dir, name);
      let stats: Stats;
      try {
        stats = lstatSync(path);
      } catch {
        continue;
      }
      if (stats.isFile() || stats.isDirectory()) {
        entries.push({ name, path, kind: stats.isDirectory() ? 'folder' : 'file' });
        continue;
      }
      if (name.startsWith('.')) continue;
      if (stats.isSymbolicLink()) reportLink(path);
      else reportSpecial(path, stats);
      entries.push({ name, path, kind: 'refused' });
    }
    return entries;
  };

  /** The text of a regular file, or undefined (with the problem reported) when it cannot be read safely. */
  const readText = (path: string): string | undefined => {
    let fd: number;
    try {
      fd = openSync(path, OPEN_FLAGS);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ELOOP: the file became a link after it was listed.
      if (code === 'ELOOP') reportLink(path);
      else
        report(
          'unreadable-files',
          path,
          `the file cannot be read (${code ?? String(error)})`,
          'check that the file exists and may be read',
        );
      return undefined;
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) {
        reportSpecial(path, stats);
        return undefined;
      }
      if (stats.size > MAX_CONTENT_FILE_BYTES) {
        report(
          'file-size',
          path,
          `the file is ${sizeInWords(stats.size)}, more than the ${sizeInWords(MAX_CONTENT_FILE_BYTES)} a content file may have`,
          'split a long story into sections, and keep in a source text only the passages that hold its quotes',
        );
        return undefined;
      }
      return readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  };

  const contentEntries = list(contentDir, true);
  /** A folder of `content/`: its entries when it is a real folder, none otherwise. */
  const folder = (name: string): Entry[] => {
    const entry = contentEntries.find((candidate) => candidate.name === name);
    return entry?.kind === 'folder' ? list(entry.path) : [];
  };
  const sourceEntries = folder('sources');

  const readRecords = (entries: readonly Entry[]): YamlRecord[] => {
    const records: YamlRecord[] = [];
    for (const entry of entries) {
      const extension = extname(entry.name);
      if (entry.kind === 'folder' || !YAML_EXTENSIONS.has(extension)) continue;
      const id = basename(entry.name, extension);
      const file = display(entry.path);
      const text = entry.kind === 'file' ? readText(entry.path) : undefined;
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
  };

  const sourceTexts = new Map<string, { file: string; text: string }>();
  for (const entry of sourceEntries) {
    if (entry.kind !== 'file' || extname(entry.name) !== '.txt') continue;
    const text = readText(entry.path);
    if (text !== undefined) sourceTexts.set(basename(entry.name, '.txt'), { file: display(entry.path), text });
  }

  const readMdx = (path: string): MdxFile | undefined => {
    const text = readText(path);
    if (text === undefined) return undefined;
    try {
      const mdx = parseMdx(display(path), text, trees);
      problems.push(...mdx.problems);
      return mdx;
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      const element = error.unclosed;
      problems.push(
        readingProblem(
          'mdx-syntax',
          { file: display(path), line: error.line, column: error.column },
          `the MDX does not parse: ${error.message}`,
          element === undefined
            ? 'close every tag you open, and write < and { as \\< and \\{ in text'
            : `close every tag you open: add </${element}> after ${element === STATEMENT_COMPONENT ? "the statement's words" : 'what it encloses'}`,
        ),
      );
      return undefined;
    }
  };

  const stories: StoryFiles[] = [];
  for (const { name, path, kind } of folder('explainers')) {
    if (kind === 'refused') continue;
    if (kind === 'file') {
      if (['.md', '.mdx'].includes(extname(name))) {
        report(
          'sections-outside-stories',
          path,
          'this section belongs to no explainer: it is not inside a story folder',
          `move it to content/explainers/<story-slug>/${name}`,
        );
      }
      continue;
    }
    // A refused file still counts as there, so that its story is not also said to lack it.
    const files = list(path).filter((entry) => entry.kind !== 'folder');
    const indexEntry = files.find((entry) => entry.name === 'index.mdx');
    if (isReservedStorySlug(name)) {
      report(
        'reserved-story-names',
        indexEntry?.path ?? path,
        `the story folder "${name}" has the name of one of the site's own pages (/${name}/)`,
        `rename the folder: a story is published at /<folder name>/, and /${name}/ belongs to the site`,
      );
    }
    for (const entry of files.filter((file) => file.kind === 'file' && extname(file.name) === '.md')) {
      report(
        'md-files',
        entry.path,
        'a story is written in .mdx files; this .md file would be left out',
        `rename it to ${basename(entry.name, '.md')}.mdx`,
      );
    }
    const sectionFiles = files.filter((file) => extname(file.name) === '.mdx' && file !== indexEntry);
    const readStoryFile = (entry: Entry | undefined) => (entry?.kind === 'file' ? readMdx(entry.path) : undefined);
    const index = readStoryFile(indexEntry);
    const sections = sectionFiles.map(readStoryFile).filter((file): file is MdxFile => file !== undefined);
    stories.push({
      slug: name,
      file: display(path),
      hasIndex: indexEntry !== undefined,
      sectionFileCount: sectionFiles.length,
      index,
      sections,
    });
  }

  trees?.save();
  return {
    publishers: readRecords(folder('publishers')),
    people: readRecords(folder('people')),
    sources: readRecords(sourceEntries),
    sourceTexts,
    stories,
    problems,
  };
}
