/**
 * A story file as a stock Astro or Starlight site would hold it: the same MDX with the
 * engine's components turned into the plain words they wrap. `<Said …>words</Said>` becomes
 * `words`, a `<Version>` (which shows nothing where it is written) goes, and a
 * `<SourcesDiffer>` becomes its accounts' words in one paragraph.
 */
import type { Root, RootContent } from 'mdast';
import { isJsxElement, parseMdx, walk, type JsxElement } from '../../src/lib/content/mdx.ts';
import {
  ACCOUNT_COMPONENT,
  SOURCES_DIFFER_COMPONENT,
  STATEMENT_COMPONENT,
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
  if (element.name === STATEMENT_COMPONENT) return inner(source, element);
  if (element.name === VERSION_COMPONENT) return '';
  const accounts: string[] = [];
  walk(element, (node) => {
    if (isJsxElement(node) && node.name === ACCOUNT_COMPONENT) accounts.push(inner(source, node));
  });
  const about = element.attributes.find((attribute) => 'name' in attribute && attribute.name === 'about')?.value;
  return `${typeof about === 'string' ? `${about}: ` : ''}${accounts.join('; ')}.`;
}

/** `file` is named in a parse error only. */
export function plainMdx(file: string, source: string): PlainMdx {
  const { tree, frontmatter } = parseMdx(file, source);
  const splices: Splice[] = [];
  const engine = [STATEMENT_COMPONENT, VERSION_COMPONENT, SOURCES_DIFFER_COMPONENT];
  walk(tree, (node, ancestors) => {
    if (!isJsxElement(node) || !engine.includes(node.name ?? '')) return;
    // An element inside another one is replaced along with it.
    if (ancestors.some((ancestor) => 'name' in ancestor && engine.includes(String(ancestor.name)))) return;
    splices.push({ start: startOf(node), end: endOf(node), text: replacement(source, node) });
  });
  let text = source;
  for (const splice of splices.sort((a, b) => b.start - a.start)) {
    text = `${text.slice(0, splice.start)}${splice.text}${text.slice(splice.end)}`;
  }
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const bodyStart = yaml ? endOf(yaml) : 0;
  const value = frontmatter?.value;
  return {
    frontmatter: typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {},
    body: text.slice(bodyStart).replace(/^\s+/, ''),
    text,
  };
}
