import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isJsxElement, walk, type JsxElement } from './mdx.ts';

/** The component editors write around every statement. */
export const STATEMENT_COMPONENT = 'Said';
/** Another rendering of a statement's words. */
export const VERSION_COMPONENT = 'Version';
/** A fact on which sources disagree, and what each of them says. */
export const SOURCES_DIFFER_COMPONENT = 'SourcesDiffer';
export const ACCOUNT_COMPONENT = 'Account';
/** A statement of fact in the story's own voice, and the passage of a source that backs it. */
export const CITE_COMPONENT = 'Cite';
/**
 * The story's key points at the top of its article, each cited like any claim. It only frames
 * the list it holds: the statements and cites inside it are read as if it were not there.
 */
export const IN_SHORT_COMPONENT = 'InShort';
/** Every component a story may use that statements and cites sit outside of. */
export const STORY_COMPONENTS = [
  STATEMENT_COMPONENT,
  VERSION_COMPONENT,
  SOURCES_DIFFER_COMPONENT,
  ACCOUNT_COMPONENT,
  CITE_COMPONENT,
];

/**
 * The key of the `n`th `<Cite>` (from 1) of a story file, the same for the check and the page:
 * the file's name without `.mdx` ("index" for the article) and the number, e.g. "index/1".
 */
export function citeKey(fileName: string, n: number): string {
  return `${fileName.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '')}/${String(n)}`;
}

/** A `<Said>` element found in a story's text, before validation. */
export interface FoundStatement {
  element: JsxElement;
  /** Attributes written as plain text values (`by="…"`); a bare attribute counts as "". */
  attributes: Record<string, string>;
  /** Names of attributes written as `{…}` expressions, which content may not use. */
  expressionAttributes: string[];
  /** The words between the tags as plain text. */
  text: string;
  /** The same words, one text per paragraph: one for an inline statement. */
  paragraphs: string[];
  /** The written `id`, or one made from the speaker and the first words. */
  id: string;
  /** A statement on lines of its own renders as a block quote; one inside a sentence, inline. */
  display: 'block' | 'inline';
  line: number;
  column: number;
  /** Names of the engine's components it sits inside, outermost first: none for a statement in the text. */
  inside: string[];
}

/** Lowercase ASCII words of a text, accents removed, for readable anchors. */
export function slugWords(text: string, count: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, count)
    .join('-');
}

/** A short stable hash (FNV-1a) for texts with no Latin words to make an anchor from. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The anchor of a statement with no written id: speaker, then its first five words. */
export function deriveStatementId(by: string, text: string): string {
  const words = slugWords(text, 5);
  return `${by}-${words || shortHash(text)}`;
}

function readAttributes(element: JsxElement) {
  const attributes: Record<string, string> = {};
  const expressionAttributes: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      expressionAttributes.push('{…}');
    } else if (attribute.value === null || attribute.value === undefined) {
      attributes[attribute.name] = '';
    } else if (typeof attribute.value === 'string') {
      attributes[attribute.name] = attribute.value;
    } else {
      expressionAttributes.push(attribute.name);
    }
  }
  return { attributes, expressionAttributes };
}

/**
 * The words between the tags, one text per paragraph: a block's paragraphs stay apart, so
 * that a quote of two paragraphs is checked break for break against its source.
 */
function paragraphsOf(element: JsxElement): string[] {
  const parts =
    element.type === 'mdxJsxFlowElement' ? element.children.map((child) => toString(child)) : [toString(element)];
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The names of the engine's components among a node's ancestors, outermost first. */
function componentsAround(ancestors: readonly (Root | RootContent)[]): string[] {
  return ancestors.flatMap((ancestor) =>
    'name' in ancestor && typeof ancestor.name === 'string' && STORY_COMPONENTS.includes(ancestor.name)
      ? [ancestor.name]
      : [],
  );
}

/** Every `<Said>` in a tree, in reading order. */
export function findStatements(tree: Root): FoundStatement[] {
  const found: FoundStatement[] = [];
  walk(tree, (node, ancestors) => {
    if (!isJsxElement(node) || node.name !== STATEMENT_COMPONENT) return;
    const { attributes, expressionAttributes } = readAttributes(node);
    const paragraphs = paragraphsOf(node);
    const text = paragraphs.join(' ');
    const by = attributes['by'] ?? '';
    found.push({
      element: node,
      attributes,
      expressionAttributes,
      text,
      paragraphs,
      id: attributes['id'] || deriveStatementId(by, text),
      display: node.type === 'mdxJsxFlowElement' ? 'block' : 'inline',
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      inside: componentsAround(ancestors),
    });
  });
  return found;
}

/** A component of the engine found in a story's text, before validation. */
export interface FoundComponent {
  name: string;
  element: JsxElement;
  attributes: Record<string, string>;
  expressionAttributes: string[];
  text: string;
  /** The same words, one text per paragraph. */
  paragraphs: string[];
  line: number;
  column: number;
  /** Names of the engine's components it sits inside, outermost first. */
  inside: string[];
}

/** Every element named `name` in a tree, in reading order. */
export function findComponents(tree: Root, name: string): FoundComponent[] {
  const found: FoundComponent[] = [];
  walk(tree, (node, ancestors) => {
    if (!isJsxElement(node) || node.name !== name) return;
    const paragraphs = paragraphsOf(node);
    found.push({
      name,
      element: node,
      ...readAttributes(node),
      text: paragraphs.join(' '),
      paragraphs,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      inside: componentsAround(ancestors),
    });
  });
  return found;
}
