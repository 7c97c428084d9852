import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, type Document } from 'yaml';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An MDX file read for checking: its front matter as a YAML document and its body as a tree. */
export interface MdxFile {
  /** Path relative to the project, as messages show it. */
  file: string;
  source: string;
  tree: Root;
  /** The front matter, or undefined when the file has none. */
  frontmatter: FrontmatterBlock | undefined;
}

export interface FrontmatterBlock {
  document: Document;
  lineCounter: LineCounter;
  /** Line of the file on which the YAML text starts (the line after the opening `---`). */
  firstLine: number;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** A parse failure with the place the parser gives. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

interface ParserFailure {
  reason?: string;
  line?: number;
  column?: number;
}

/** Parses MDX source into a tree with positions; throws MdxSyntaxError with the line. */
export function parseMdx(file: string, source: string): MdxFile {
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    const failure = error as ParserFailure;
    throw new MdxSyntaxError(failure.reason ?? String(error), failure.line ?? 1, failure.column ?? 1);
  }
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  let frontmatter: FrontmatterBlock | undefined;
  if (yamlNode) {
    const lineCounter = new LineCounter();
    frontmatter = {
      document: parseDocument(yamlNode.value, { lineCounter, prettyErrors: false }),
      lineCounter,
      firstLine: (yamlNode.position?.start.line ?? 1) + 1,
    };
  }
  return { file, source, tree, frontmatter };
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
