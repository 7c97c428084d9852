/**
 * A story file as a stock Astro or Starlight site would hold it: the same MDX with the
 * engine's components turned into the plain words they wrap. `<Said …>words</Said>` becomes
 * `words`, a `<Version>` and a `<Cite>` (which show nothing where they are written) go, a
 * `<SourcesDiffer>` becomes its accounts' words in one paragraph, and any other component
 * (`<InShort>`, say) becomes what it wraps.
 */
import type { Root, RootContent } from 'mdast';
import { isJsxElement, parseMdx, walk, type JsxElement } from '../../src/lib/content/mdx.ts';
import {
  ACCOUNT_COMPONENT,
  CITE_COMPONENT,
  SOURCES_DIFFER_COMPONENT,
  VERSION_COMPONENT,
} from '../../src/lib/content/said-markup.ts';

export interface PlainMdx {
  /** The front matter as data. */
  frontmatter: Record<string, unknown>;
  /** The body, after the front matter, with no component left. */
  body: string;
  /** The whole file, its front matter as written, with no component left. */
  text: string;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

const startOf = (node: Root | RootContent) => node.position?.start.offset ?? 0;
const endOf = (node: Root | RootContent) => node.position?.end.offset ?? 0;

/** The source text of an element's content, between its opening and closing tags. */
function inner(source: string, element: JsxElement): string {
  const first = element.children.at(0);
  const last = element.children.at(-1);
  return first && last ? source.slice(startOf(first), endOf(last)).trim() : '';
}

function replacement(source: string, element: JsxElement): string {
  if (element.name === VERSION_COMPONENT || element.name === CITE_COMPONENT) return '';
  if (element.name !== SOURCES_DIFFER_COMPONENT) return inner(source, element);
  const accounts: string[] = [];
  walk(element, (node) => {
    if (isJsxElement(node) && node.name === ACCOUNT_COMPONENT) accounts.push(inner(source, node));
  });
  const about = element.attributes.find((attribute) => 'name' in attribute && attribute.name === 'about')?.value;
  return `${typeof about === 'string' ? `${about}: ` : ''}${accounts.join('; ')}.`;
}

/** The outermost components of a file replaced, and how many there were. */
function replaceOutermost(file: string, source: string) {
  const { tree, frontmatter } = parseMdx(file, source);
  const splices: Splice[] = [];
  walk(tree, (node, ancestors) => {
    if (!isJsxElement(node)) return;
    // An element inside another one is replaced along with it, in the next pass.
    if (ancestors.some((ancestor) => ancestor.type !== 'root' && isJsxElement(ancestor))) return;
    splices.push({ start: startOf(node), end: endOf(node), text: replacement(source, node) });
  });
  let text = source;
  for (const splice of splices.sort((a, b) => b.start - a.start)) {
    text = `${text.slice(0, splice.start)}${splice.text}${text.slice(splice.end)}`;
  }
  return { tree, frontmatter, text, replaced: splices.length };
}

/** `file` is named in a parse error only. */
export function plainMdx(file: string, source: string): PlainMdx {
  let pass = replaceOutermost(file, source);
  // What a component wrapped may hold components of its own: replaced until none is left.
  while (pass.replaced > 0) pass = replaceOutermost(file, pass.text);
  const { tree, frontmatter, text } = pass;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const bodyStart = yaml ? endOf(yaml) : 0;
  const value = frontmatter?.value;
  return {
    frontmatter: typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {},
    body: text.slice(bodyStart).replace(/^\s+/, ''),
    text,
  };
}
