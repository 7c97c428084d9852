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
  /**
   * The id of the rule or reading step that found it, e.g. "unknown-speakers": printed after
   * the problem, and the key of its entry in CONTENT.md's "Errors and how to fix them".
   */
  rule?: string;
}

/** A kind of problem as editors read about it: each rule, and each step of reading, is one. */
export interface ProblemKind {
  /** Stable and kebab-case, printed after every problem of the kind, e.g. "unknown-speakers". */
  id: string;
  /** The severity of every problem of the kind: an error stops the build, a warning is only printed. */
  severity: Problem['severity'];
  /** What is checked, in one sentence for editors (Markdown), e.g. "Every statement's `by` names a person file." */
  docs: string;
  /** How to fix what it reports, for editors (Markdown). */
  fix: string;
  /**
   * A message as the check prints it after the label: `message`, or `message  (hint)`. Where
   * the invalid corpus has a case of the kind, a test finds this very text in its output.
   */
  example: string;
}

/** Kinds of problem of one concern, as CONTENT.md lists them under one heading. */
export interface ProblemGroup<T extends ProblemKind = ProblemKind> {
  /** The heading, e.g. "Statements". */
  title: string;
  kinds: readonly T[];
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
