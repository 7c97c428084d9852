import type { z } from 'astro/zod';
import { isMap, isNode, isPair, isScalar, type Document, type LineCounter } from 'yaml';
import type { Problem } from './problems.ts';

/** Where a YAML document sits in its file: the whole file, or front matter from a line on. */
export interface YamlPlace {
  file: string;
  document: Document;
  lineCounter: LineCounter;
  /** Line of the file on which the YAML text starts. */
  firstLine: number;
}

function position(place: YamlPlace, offset: number) {
  const { line, col } = place.lineCounter.linePos(offset);
  return { line: line + place.firstLine - 1, column: col };
}

/** The place of the value at `path`, or of its nearest parent that exists. */
export function locate(place: YamlPlace, path: readonly PropertyKey[], key?: string) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = place.document.getIn(path.slice(0, depth) as unknown[], true);
    if (depth === path.length && key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return position(place, pair.key.range[0]);
    }
    if (isNode(node) && node.range) return position(place, node.range[0]);
  }
  return { line: place.firstLine, column: 1 };
}

function describe(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return ` (got ${text && text.length > 60 ? `${text.slice(0, 57)}…` : text})`;
}

/** Syntax errors of a YAML document, placed. */
export function yamlSyntaxProblems(place: YamlPlace): Problem[] {
  return place.document.errors.map((error) => ({
    severity: 'error' as const,
    file: place.file,
    ...position(place, error.pos[0]),
    message: `the YAML does not parse: ${error.message.split('\n')[0]}`,
    hint: 'check the indentation and put text containing ": " or "#" in quotes',
  }));
}

/** Turns schema issues into placed problems, naming the field, the bad value and the fix. */
export function schemaProblems(
  place: YamlPlace,
  issues: readonly z.core.$ZodIssue[],
  validKeys: (path: readonly PropertyKey[]) => readonly string[],
): Problem[] {
  const value = place.document.toJS() as unknown;
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>(
      (current, key) =>
        current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined,
      value,
    );
  return issues.flatMap((issue): Problem[] => {
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        severity: 'error',
        file: place.file,
        ...locate(place, issue.path, key),
        message: `unknown field "${[...issue.path, key].join('.')}"`,
        hint: `fields that exist here: ${validKeys(issue.path).join(', ')}`,
      }));
    }
    const bad = valueAt(issue.path);
    const missing = bad === undefined && issue.code === 'invalid_type';
    return [
      {
        severity: 'error',
        file: place.file,
        ...locate(place, issue.path),
        message: missing
          ? `required field "${field}" is missing`
          : `${field || 'the file'} ${issue.message}${describe(bad)}`,
        hint: missing ? `add "${issue.path.at(-1)?.toString()}:" with its value (${issue.message})` : undefined,
      },
    ];
  });
}
