import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { MdxSyntaxError, parseMdx, type MdxFile } from '../mdx.ts';
import type { Problem } from './problems.ts';

/** A YAML record of `people/` or `sources/`, parsed with positions. */
export interface YamlRecord {
  id: string;
  file: string;
  document: Document;
  lineCounter: LineCounter;
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

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Reads `content/` (or any folder of the same shape) without validating it. */
export function readContent(contentDir: string, displayBase = process.cwd()): ContentFiles {
  const problems: Problem[] = [];
  const display = (path: string) => relative(displayBase, path) || path;

  const readRecords = (folder: string): YamlRecord[] => {
    const records: YamlRecord[] = [];
    const dir = join(contentDir, folder);
    for (const name of listFiles(dir)) {
      const extension = extname(name);
      if (!YAML_EXTENSIONS.has(extension)) continue;
      const path = join(dir, name);
      const lineCounter = new LineCounter();
      const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
      records.push({ id: basename(name, extension), file: display(path), document, lineCounter });
    }
    return records;
  };

  const sourceTexts = new Map<string, { file: string; text: string }>();
  for (const name of listFiles(join(contentDir, 'sources'))) {
    if (extname(name) !== '.txt') continue;
    const path = join(contentDir, 'sources', name);
    sourceTexts.set(basename(name, '.txt'), { file: display(path), text: readFileSync(path, 'utf8') });
  }

  const readMdx = (path: string): MdxFile | undefined => {
    try {
      return parseMdx(display(path), readFileSync(path, 'utf8'));
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      problems.push({
        severity: 'error',
        file: display(path),
        line: error.line,
        column: error.column,
        message: `the MDX does not parse: ${error.message}`,
        hint: 'close every tag you open, and write < and { as \\< and \\{ in text',
      });
      return undefined;
    }
  };

  const stories: StoryFiles[] = [];
  const explainersDir = join(contentDir, 'explainers');
  for (const name of listFiles(explainersDir)) {
    const path = join(explainersDir, name);
    if (!statSync(path).isDirectory()) {
      if (['.md', '.mdx'].includes(extname(name))) {
        problems.push({
          severity: 'error',
          file: display(path),
          line: 1,
          column: 1,
          message: 'this section belongs to no explainer: it is not inside a story folder',
          hint: `move it to content/explainers/<story-slug>/${name}`,
        });
      }
      continue;
    }
    const indexPath = join(path, 'index.mdx');
    for (const file of listFiles(path).filter((file) => extname(file) === '.md')) {
      problems.push({
        severity: 'error',
        file: display(join(path, file)),
        line: 1,
        column: 1,
        message: 'a story is written in .mdx files; this .md file would be left out',
        hint: `rename it to ${basename(file, '.md')}.mdx`,
      });
    }
    const sectionNames = listFiles(path).filter((file) => extname(file) === '.mdx' && file !== 'index.mdx');
    const sections = sectionNames
      .map((file) => readMdx(join(path, file)))
      .filter((file): file is MdxFile => file !== undefined);
    stories.push({
      slug: name,
      file: display(path),
      hasIndex: existsSync(indexPath),
      sectionFileCount: sectionNames.length,
      index: existsSync(indexPath) ? readMdx(indexPath) : undefined,
      sections,
    });
  }

  return {
    publishers: readRecords('publishers'),
    people: readRecords('people'),
    sources: readRecords('sources'),
    sourceTexts,
    stories,
    problems,
  };
}
