/**
 * YAML is read in one place, the one safe way: parsed with positions, then turned into plain
 * data once, with aliases bounded, so that a "billion laughs" file is refused instead of
 * expanded and no later step has to call `toJS()` on a document an editor wrote.
 */
import { isNode, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';

/**
 * How many times a document may expand its aliases (`*name`), each weighted by the aliases
 * inside what it repeats (yaml's `maxAliasCount`). Content needs a handful at most; an alias
 * bomb needs millions.
 */
export const MAX_YAML_ALIASES = 100;

/** Why a document that parses still has no value, and where in its text to say so. */
export interface UnsafeYaml {
  /** Offset in the YAML text of the alias at fault, or 0 for the start of the document. */
  offset: number;
  message: string;
  hint: string;
}

export interface ReadYaml {
  document: Document;
  lineCounter: LineCounter;
  /** The plain data; undefined when the YAML does not parse (see `document.errors`) or is unsafe. */
  value: unknown;
  /** Set when the YAML parses but cannot safely be turned into data. */
  unsafe: UnsafeYaml | undefined;
}

const ANCHOR_HINT = 'write the values out in full instead of repeating them with &anchor and *alias';

/** True when a value contains itself, which only an alias inside its own anchor can do. */
function isCircular(root: unknown): boolean {
  const onPath = new Set<object>();
  const stack: { node: object; children: unknown[]; next: number }[] = [];
  const enter = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object') return false;
    if (onPath.has(value)) return true;
    onPath.add(value);
    stack.push({ node: value, children: Object.values(value), next: 0 });
    return false;
  };
  // A loop rather than recursion: deeply nested YAML must not overflow the stack here.
  if (enter(root)) return true;
  for (let top = stack.at(-1); top; top = stack.at(-1)) {
    if (top.next < top.children.length) {
      if (enter(top.children[top.next++])) return true;
    } else {
      onPath.delete(top.node);
      stack.pop();
    }
  }
  return false;
}

/** The first alias for which `test` holds, with the nodes it sits in. */
function findAlias(
  document: Document,
  test: (alias: Alias, ancestors: readonly unknown[]) => boolean = () => true,
): Alias | undefined {
  let found: Alias | undefined;
  visit(document, {
    Alias: (_key, alias, path) => {
      if (!test(alias, path)) return undefined;
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

function describeFailure(document: Document, error: unknown): UnsafeYaml {
  const reason = error instanceof Error ? error.message : String(error);
  if (/excessive alias count/i.test(reason)) {
    const alias = findAlias(document);
    return {
      offset: alias?.range?.[0] ?? 0,
      message: `the YAML repeats its aliases (*${alias?.source ?? '…'}) more than ${String(MAX_YAML_ALIASES)} times, which could exhaust the memory: it is not read`,
      hint: ANCHOR_HINT,
    };
  }
  const unresolved = findAlias(document, (alias) => alias.resolve(document) === undefined);
  if (unresolved) {
    return {
      offset: unresolved.range?.[0] ?? 0,
      message: `the alias *${unresolved.source} has no &${unresolved.source} before it`,
      hint: `put &${unresolved.source} on the value to repeat, above this line, or ${ANCHOR_HINT}`,
    };
  }
  return { offset: 0, message: `the YAML cannot be read: ${reason.split('\n')[0] ?? ''}`, hint: ANCHOR_HINT };
}

/** Parses YAML text and computes its value once, refusing alias bombs and self-containing values. */
export function readYaml(text: string): ReadYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) return { document, lineCounter, value: undefined, unsafe: undefined };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    return { document, lineCounter, value: undefined, unsafe: describeFailure(document, error) };
  }
  if (isCircular(value)) {
    const alias = findAlias(document, (candidate, ancestors) =>
      ancestors.some((node) => isNode(node) && node.anchor === candidate.source),
    );
    return {
      document,
      lineCounter,
      value: undefined,
      unsafe: {
        offset: alias?.range?.[0] ?? 0,
        message: `the alias *${alias?.source ?? '…'} is inside the value it repeats, which would make it endless`,
        hint: ANCHOR_HINT,
      },
    };
  }
  return { document, lineCounter, value, unsafe: undefined };
}
