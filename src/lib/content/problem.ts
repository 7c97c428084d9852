/** One mistake in the content, placed where an editor can find it: what every reader of content reports. */
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

/** A problem at a place: an error unless said otherwise. */
export function problemAt(
  at: { file: string; line: number; column: number },
  message: string,
  hint?: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { severity, ...at, message, ...(hint === undefined ? {} : { hint }) };
}
