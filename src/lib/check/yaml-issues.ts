import type { z } from 'astro/zod';
import { isMap, isNode, isPair, isScalar, type Document, type LineCounter } from 'yaml';
import type { Problem } from '../content/problem.ts';
import { readingProblem } from '../content/reading-problems.ts';
import { closeMatch } from '../text/edit-distance.ts';
import { visibleText } from '../../schemas/id-hints.ts';

/** Where a YAML document sits in its file: the whole file, or front matter from a line on. */
export interface YamlPlace {
  file: string;
  document: Document;
  lineCounter: LineCounter;
  /** Line of the file on which the YAML text starts. */
  firstLine: number;
  /** The YAML's value, computed once when it was read; undefined when it did not parse or was unsafe. */
  value: unknown;
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
  const text = typeof value === 'string' ? `"${visibleText(value)}"` : JSON.stringify(value);
  return ` (got ${text && text.length > 60 ? `${text.slice(0, 57)}…` : text})`;
}

/** Syntax errors of a YAML document, placed. */
export function yamlSyntaxProblems(place: YamlPlace): Problem[] {
  return place.document.errors.map((error) =>
    readingProblem(
      'yaml-syntax',
      { file: place.file, ...position(place, error.pos[0]) },
      `the YAML does not parse: ${error.message.split('\n')[0] ?? ''}`,
      'check the indentation and put text containing ": " or "#" in quotes',
    ),
  );
}

/**
 * Turns schema issues into placed problems, naming the field, the bad value and the fix.
 * A misspelt field is one mistake, not two: `sumary:` is reported as the unknown field
 * "sumary" with its correction, at its own line, and the "required field summary is
 * missing" that follows from it is left out.
 */
export function schemaProblems(
  place: YamlPlace,
  issues: readonly z.core.$ZodIssue[],
  validKeys: (path: readonly PropertyKey[]) => readonly string[],
): Problem[] {
  const { value } = place;
  const valueAt = (path: readonly PropertyKey[]) =>
    path.reduce<unknown>(
      (current, key) =>
        current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined,
      value,
    );
  const isMissing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && valueAt(issue.path) === undefined;
  const pathKey = (path: readonly PropertyKey[]) => JSON.stringify(path.map(String));
  const missing = new Set(issues.filter(isMissing).map((issue) => pathKey(issue.path)));
  /** Fields reported as misspelt, so that their "missing" issue is not reported too. */
  const misspelt = new Set<string>();

  const unknownFields = issues.flatMap((issue): Problem[] => {
    if (issue.code !== 'unrecognized_keys') return [];
    const known = validKeys(issue.path);
    // A field that is missing is the likeliest meaning of an unknown one.
    const wanted = known.filter((field) => missing.has(pathKey([...issue.path, field])));
    return issue.keys.map((key): Problem => {
      const meant = closeMatch(key, wanted) ?? closeMatch(key, known);
      if (meant !== undefined) misspelt.add(pathKey([...issue.path, meant]));
      const name = [...issue.path, key].join('.');
      return readingProblem(
        'unknown-fields',
        { file: place.file, ...locate(place, issue.path, key) },
        meant === undefined ? `unknown field "${name}"` : `unknown field "${name}": did you mean "${meant}"?`,
        meant === undefined
          ? `fields that exist here: ${known.join(', ')}`
          : `rename it "${meant}:"; fields that exist here: ${known.join(', ')}`,
      );
    });
  });

  const invalidValues = issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') return [];
    const absent = isMissing(issue);
    if (absent && misspelt.has(pathKey(issue.path))) return [];
    const field = issue.path.join('.');
    const at = { file: place.file, ...locate(place, issue.path) };
    return [
      absent
        ? readingProblem(
            'missing-fields',
            at,
            `required field "${field}" is missing`,
            `add "${issue.path.at(-1)?.toString()}:" with its value (${issue.message})`,
          )
        : readingProblem('field-values', at, `${field || 'the file'} ${issue.message}${describe(valueAt(issue.path))}`),
    ];
  });
  return [...invalidValues, ...unknownFields];
}
