import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Document, LineCounter } from 'yaml';
import type { Problem } from './problem.ts';
import { readYaml } from './read-yaml.ts';
import { readingProblem } from './reading-problems.ts';
import type { TreeCache } from './tree-cache.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An MDX file read for checking: its front matter as a YAML document and its body as a tree. */
export interface MdxFile {
  /** Path relative to the project, as messages show it. */
  file: string;
  source: string;
  tree: Root;
  /** The front matter, or undefined when the file has none. */
  frontmatter: FrontmatterBlock | undefined;
  /** Problems met while reading the file that leave it usable (a front matter that is unsafe), placed. */
  problems: Problem[];
}

export interface FrontmatterBlock {
  document: Document;
  lineCounter: LineCounter;
  /** Line of the file on which the YAML text starts (the line after the opening `---`). */
  firstLine: number;
  /**
   * The front matter as plain data, computed once when the file is read. Undefined when the
   * YAML does not parse (its errors are in `document.errors`) or is unsafe to expand (the
   * problem is in the file's `problems`, already reported): never call `document.toJS()`.
   */
  value: unknown;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** A parse failure, placed where an editor must look. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  /** The element left open, when that is the mistake: its closing tag is missing or does not match. */
  readonly unclosed: string | undefined;
  constructor(message: string, line: number, column: number, unclosed?: string) {
    super(message);
    this.line = line;
    this.column = column;
    this.unclosed = unclosed;
  }
}

interface ParserPoint {
  line: number;
  column: number;
}

/** What the MDX parser throws: a VFileMessage. */
interface ParserFailure {
  reason?: string;
  line?: number;
  column?: number;
  place?: ParserPoint | { start: ParserPoint };
  cause?: unknown;
}

/** The place the parser writes into some messages, ` (3:1-3:60)`: where an element was opened. */
const PLACE_IN_REASON = / ?\((\d+):(\d+)-\d+:\d+\)/;

/** Turns the parser's message into one for an editor, at the place that needs the fix. */
function syntaxError(error: unknown): MdxSyntaxError {
  const failure: ParserFailure = typeof error === 'object' && error !== null ? error : {};
  const reason = failure.reason ?? String(error);
  const inReason = PLACE_IN_REASON.exec(reason);
  const opened = inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : undefined;

  // An element still open at the end of its paragraph or of the file: the parser places the
  // error at the start of the paragraph, or nowhere, and names the opening tag's place in the text.
  const unclosed = /^Expected a closing tag for `<([^`>\s]*)>`/.exec(reason);
  if (unclosed && opened) {
    const name = unclosed[1] ?? '';
    return new MdxSyntaxError(`<${name}> opened here is never closed`, opened.line, opened.column, name);
  }
  const given = failure.place && 'start' in failure.place ? failure.place.start : failure.place;
  const at = given ??
    (failure.line ? { line: failure.line, column: failure.column ?? 1 } : opened) ?? { line: 1, column: 1 };
  const mismatch =
    /^Unexpected closing tag `<\/([^`>\s]*)>`, expected corresponding closing tag for `<([^`>\s]*)>`/.exec(reason);
  if (mismatch && opened) {
    const [, closing = '', open = ''] = mismatch;
    return new MdxSyntaxError(
      `</${closing}> does not close <${open}>, which was opened on line ${String(opened.line)}`,
      at.line,
      at.column,
      open,
    );
  }
  const cause = failure.cause instanceof Error ? `: ${failure.cause.message}` : '';
  return new MdxSyntaxError(`${reason.replace(PLACE_IN_REASON, '')}${cause}`, at.line, at.column);
}

/** Parses MDX source into a tree with positions; throws MdxSyntaxError, placed, when it does not parse. */
export function parseMdx(file: string, source: string, cache?: TreeCache): MdxFile {
  let tree = cache?.get(source);
  if (!tree) {
    try {
      tree = parser.parse(source);
    } catch (error) {
      throw syntaxError(error);
    }
    cache?.set(source, tree);
  }
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const problems: Problem[] = [];
  let frontmatter: FrontmatterBlock | undefined;
  if (yamlNode) {
    const { document, lineCounter, value, unsafe } = readYaml(yamlNode.value);
    const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
    frontmatter = { document, lineCounter, firstLine, value };
    if (unsafe) {
      const { line, col } = lineCounter.linePos(unsafe.offset);
      problems.push(
        readingProblem('unsafe-yaml', { file, line: line + firstLine - 1, column: col }, unsafe.message, unsafe.hint),
      );
    }
  }
  return { file, source, tree, frontmatter, problems };
}

/** Visits every node of an MDX tree in document order, with its parent chain. */
export function walk(
  node: Root | RootContent,
  visit: (node: RootContent, ancestors: readonly (Root | RootContent)[]) => void,
  ancestors: (Root | RootContent)[] = [],
): void {
  if (!('children' in node)) return;
  ancestors.push(node);
  for (const child of node.children) {
    visit(child, ancestors);
    walk(child, visit, ancestors);
  }
  ancestors.pop();
}

export function isJsxElement(node: RootContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
