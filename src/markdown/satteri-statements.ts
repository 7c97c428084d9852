import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import {
  defineMdastPlugin,
  type MdastPluginEntry,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import { parseMdx } from '../lib/content/mdx.ts';
import {
  CITE_COMPONENT,
  citeKey,
  findStatements,
  slugWords,
  STATEMENT_COMPONENT,
  type FoundStatement,
} from '../lib/content/said-markup.ts';

/** True for a story's MDX files: `explainers/<story>/<file>.mdx`. */
export function isStoryFile(path: string): boolean {
  return /[\\/]explainers[\\/][^\\/]+[\\/][^\\/]+\.mdx$/.test(path);
}

/** Punctuation that closes a sentence or a clause around a statement, and must not start a line. */
export const TAIL = /^[.,;:!?)\]\u201d\u2019\u2026"']+/;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The statement an element is, read by the content check's own code, so that both agree on its id. */
function readStatement(element: Readonly<JsxElement>): FoundStatement | undefined {
  // Sätteri's nodes have mdast's shape; only their TypeScript declarations are its own.
  const tree = { type: 'root', children: [element] } as unknown as Root;
  return findStatements(tree)[0];
}

/** The element's attributes with `values` set, each once. */
function withAttributes(element: Readonly<JsxElement>, values: Record<string, string>): JsxElement['attributes'] {
  const kept = element.attributes.filter(
    (attribute) => attribute.type !== 'mdxJsxAttribute' || !Object.hasOwn(values, attribute.name),
  );
  const added = Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value }));
  return [...kept, ...added];
}

/**
 * Takes the punctuation written right after an inline statement (`</Said>.`) out of the text
 * that follows it, so that the statement renders it glued to its speaker's chip: left in the
 * text, a full stop stands apart from the chip and can wrap onto a line of its own.
 */
function takeTail(element: Readonly<MdxJsxTextElement>, ctx: MdastVisitorContext): string | undefined {
  const index = ctx.indexOf(element);
  const next = index === undefined ? undefined : ctx.parent(element).children[index + 1];
  if (next?.type !== 'text') return undefined;
  const tail = TAIL.exec(next.value)?.[0];
  if (!tail) return undefined;
  const rest = next.value.slice(tail.length);
  if (rest === '') ctx.removeNode(next);
  else ctx.setProperty(next, 'value', rest);
  return tail;
}

/**
 * Tells each `<Said>` of a story which statement of its story it is and whether it stands as
 * a block, so that the component renders the statement from the page model, not from raw
 * attributes; an inline one also takes the punctuation that follows it as `tail`. Each
 * `<Cite>` is told its key, by which it finds its numbered mark.
 *
 * The text this sees is already typeset (smart quotes, `…`). A derived id keeps only Latin
 * letters and digits, which typesetting never changes; but the id of words with none of them
 * is a hash of the whole text, so for those the id is taken from the file as written, where
 * the content check read it.
 */
export const satteriStatements: MdastPluginEntry = (document) => {
  const path = document.fileURL ? fileURLToPath(document.fileURL) : '';
  if (!isStoryFile(path)) return null;
  let seen = 0;
  let cites = 0;
  let asWritten: FoundStatement[] | undefined;

  function visit(element: Readonly<JsxElement>, ctx: MdastVisitorContext): void {
    if (element.name === CITE_COMPONENT) {
      cites += 1;
      ctx.replaceNode(element, { ...element, attributes: withAttributes(element, { cite: citeKey(path, cites) }) });
      return;
    }
    if (element.name !== STATEMENT_COMPONENT) return;
    // Sätteri visits elements in document order, as the content check lists them.
    const position = seen++;
    const found = readStatement(element);
    if (!found) return;
    let id = found.id;
    if (!found.attributes['id'] && slugWords(found.text, 5) === '') {
      asWritten ??= findStatements(parseMdx(path, document.source).tree);
      id = asWritten[position]?.id ?? id;
    }
    const values: Record<string, string> = { statement: id, display: found.display };
    const tail = element.type === 'mdxJsxTextElement' ? takeTail(element, ctx) : undefined;
    if (tail) values['tail'] = tail;
    // Sätteri cannot set an element's attributes in place ("cannot set property 'attributes'"):
    // a copy replaces it, holding the same children, so nested statements are still visited.
    ctx.replaceNode(element, { ...element, attributes: withAttributes(element, values) });
  }

  return defineMdastPlugin({ name: 'explainer-statements', mdxJsxFlowElement: visit, mdxJsxTextElement: visit });
};
