import { problemLine } from './report.ts';

export { formatReport } from './report.ts';

/** One mistake in the content, placed where an editor can find it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file, relative to where the command runs. */
  file: string;
  line: number;
  column: number;
  /** What is wrong, with the bad value. */
  message: string;
  /** What to write instead. */
  hint?: string | undefined;
}

/** `path/to/file.mdx:LINE:COL  error  message  (hint)`, uncoloured: the form every check prints. */
export function formatProblem(problem: Problem): string {
  return problemLine(problem);
}

/** Problems sorted by file, then line, then column, errors before warnings on a line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** Ranks known ids by how close they are to a mistyped one. */
export function closestIds(wrong: string, known: Iterable<string>, count = 3): string[] {
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(wrong, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** Levenshtein distance between two sequences (of characters or of words). */
export function editDistance<T>(a: ArrayLike<T> | string, b: ArrayLike<T> | string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The hint for an unknown id: the close ids that exist, then all of them. */
export function unknownIdHint(wrong: string, known: readonly string[], what: string): string {
  if (known.length === 0) return `no ${what} exists yet: add one first`;
  const near = closestIds(wrong, known).filter(
    (candidate) => editDistance(wrong, candidate) <= Math.max(2, Math.floor(wrong.length / 3)),
  );
  const listed = known.length > 15 ? `${known.slice(0, 15).join(', ')}, …` : known.join(', ');
  const guess = near.length > 0 ? `did you mean ${near.map((candidate) => `"${candidate}"`).join(' or ')}? ` : '';
  return `${guess}${what} ids that exist: ${listed}`;
}
