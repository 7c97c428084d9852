/**
 * How problems are printed: `file:line:col  error  message  (hint)  [rule]`, errors first,
 * then a one-line summary. The command line, the build and the dev server all print this form.
 */
import type { Problem } from '../content/problem.ts';

export interface ReportStyle {
  /** Colour the labels and hints with ANSI codes (only for a terminal that shows them). */
  color?: boolean;
}

const ANSI = {
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
} as const;

function paint(text: string, style: keyof typeof ANSI, color: boolean | undefined): string {
  const [open, close] = ANSI[style];
  return color ? `${open}${text}${close}` : text;
}

/**
 * Whether a stream should get colour: a terminal, unless NO_COLOR is set; FORCE_COLOR
 * forces it on (or off with FORCE_COLOR=0), as in Node's own output.
 */
export function useColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>> = process.env) {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env['NO_COLOR']) return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/** `path/to/file.mdx:LINE:COL  error  message  (hint)  [rule]`, uncoloured: the form every check prints. */
export function formatProblem(problem: Problem): string {
  return problemLine(problem);
}

/** What is said of a problem, after its place and label: `message  (hint)`, as a kind's example is written. */
export function problemText(problem: Pick<Problem, 'message' | 'hint'>, { color }: ReportStyle = {}): string {
  const hint = problem.hint ? `  ${paint(`(${problem.hint})`, 'dim', color)}` : '';
  return `${problem.message}${hint}`;
}

/** `path/to/file.mdx:LINE:COL  error  message  (hint)  [rule]`: the form every check prints. */
export function problemLine(problem: Problem, style: ReportStyle = {}): string {
  const { color } = style;
  const place = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === 'error' ? paint('error', 'red', color) : paint('warning', 'yellow', color);
  const rule = problem.rule ? `  ${paint(`[${problem.rule}]`, 'dim', color)}` : '';
  return `${place}  ${label}  ${problemText(problem, style)}${rule}`;
}

function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Errors first, then warnings, each sorted by file, line and column. */
export function orderProblems(problems: readonly Problem[]): Problem[] {
  const errors = problems.filter((problem) => problem.severity === 'error').sort(byPlace);
  const warnings = problems.filter((problem) => problem.severity !== 'error').sort(byPlace);
  return [...errors, ...warnings];
}

const IRREGULAR: Record<string, string> = { story: 'stories', person: 'people' };

/** "1 error", "3 warnings", "2 stories", "1 person". */
export function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : (IRREGULAR[word] ?? `${word}s`)}`;
}

export interface SummaryOptions {
  /** Warnings were not printed; the summary says how many were hidden. */
  quiet?: boolean;
  /** What was checked, after "in": "the content" or "1 story". */
  where?: string;
}

/** The last line of a report with errors: `2 errors, 3 warnings in 1 story.` */
export function problemSummary(
  problems: readonly Problem[],
  { quiet = false, where = 'the content' }: SummaryOptions = {},
) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (quiet && warnings > 0) return `${count(errors, 'error')} in ${where}; ${count(warnings, 'warning')} hidden.`;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')} in ${where}.`;
}

/** A warning a file acknowledges, with the reason it gives. */
type Acknowledged = Problem & { reason: string };

/**
 * The acknowledged warnings, one line per rule and reason: the warning itself where one file
 * gives the reason, else the rule, how many and where, e.g.
 * `acknowledged  22 warnings [archive-urls] in content/sources/a.yaml and 21 other files: "No saved copy was made."`
 */
export function acknowledgedLines(acknowledged: readonly Acknowledged[], { color }: ReportStyle = {}): string[] {
  const groups = new Map<string, Acknowledged[]>();
  for (const problem of [...acknowledged].sort(byPlace)) {
    const key = `${problem.rule ?? ''}\0${problem.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  const label = paint('acknowledged', 'dim', color);
  return [...groups.values()].map((group) => {
    const [first] = group as [Acknowledged, ...Acknowledged[]];
    const reason = `: ${JSON.stringify(first.reason)}`;
    const rule = paint(`[${first.rule ?? ''}]`, 'dim', color);
    if (group.length === 1) {
      return `${first.file}:${first.line}:${first.column}  ${label}  ${first.message}${reason}  ${rule}`;
    }
    const files = new Set(group.map((problem) => problem.file)).size;
    const others = files > 1 ? ` and ${count(files - 1, 'other file')}` : '';
    return `${label}  ${count(group.length, 'warning')} ${rule} in ${first.file}${others}${reason}`;
  });
}

/** What a clean check found, e.g. `3 stories, 40 statements, 12 people, 15 sources`. */
export interface ContentCounts {
  /** Left out when the summary's subject names the stories. */
  stories?: number;
  statements: number;
  people: number;
  sources: number;
}

/**
 * The line of a check with no errors:
 * `Content is valid: 3 stories, 40 statements, 12 people, 15 sources; 3 warnings.`
 */
export function validSummary(
  counts: ContentCounts,
  warnings: number,
  {
    quiet = false,
    subject = 'Content is',
    acknowledged = 0,
  }: { quiet?: boolean; subject?: string; acknowledged?: number } = {},
): string {
  const found = [
    ...(counts.stories === undefined ? [] : [count(counts.stories, 'story')]),
    count(counts.statements, 'statement'),
    count(counts.people, 'person'),
    count(counts.sources, 'source'),
  ].join(', ');
  const warned = warnings > 0 ? `; ${count(warnings, 'warning')}${quiet ? ' hidden' : ''}` : '';
  const known =
    acknowledged === 0
      ? ''
      : warnings > 0
        ? `, ${acknowledged} acknowledged`
        : `; ${count(acknowledged, 'warning')} acknowledged`;
  return `${subject} valid: ${found}${warned}${known}.`;
}

/** A report for a log: every problem on a line, errors first, then the counts. */
export function formatReport(problems: readonly Problem[], options: ReportStyle & SummaryOptions = {}): string {
  const shown = options.quiet ? problems.filter((problem) => problem.severity === 'error') : problems;
  const lines = orderProblems(shown).map((problem) => problemLine(problem, options));
  lines.push(problemSummary(problems, options));
  return lines.join('\n');
}
