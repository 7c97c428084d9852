/**
 * `npm run check`: validates the content without building the site. Prints every problem as
 * `file:line:col  error  message  (hint)  [rule]`, errors first, then a summary; exits 1 when there
 * is an error, 2 when the command itself is wrong. Run with --help for the options.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../src/lib/content/content-dir.ts';

const USAGE = `Usage: npm run check -- [options] [story ...]

Checks the content and prints every problem as
  file:line:col  error  message  (hint)  [rule]
errors first, then warnings. Exits 1 when there is an error. CONTENT.md explains
each rule and how to fix what it finds.

Stories: name one or more to see only their problems (the whole content is still
checked, since a story cites people and sources). Each is a story's slug, e.g.
putin-trump-meeting-2025, or its folder, e.g. content/explainers/putin-trump-meeting-2025.
A content folder (one holding explainers/, people/ or sources/) checks all of it.

Options:
  --content <dir>  the content folder (default: content/, or the CONTENT_DIR variable)
  -q, --quiet      hide warnings; the summary still counts them
  --fix            first make the changes of the content format that need no judgement
                   (CHANGELOG.md): publisher names become ids, relays become citing chains,
                   lang on a <Said> naming the language spoken becomes spoken
  -h, --help       print this help
`;

/** A mistake in how the command was called, rather than in the content: exit code 2. */
class UsageError extends Error {}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** A folder shaped like `content/`: it holds at least one of the three kinds of files. */
function isContentFolder(path: string): boolean {
  return ['explainers', 'people', 'sources'].some((folder) => isDirectory(join(path, folder)));
}

/** `parseArgs` errors in the command's own words: "unknown option --x". */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value, e.g. --content content`;
  return message;
}

interface Target {
  contentDir: string;
  /** The stories named on the command line, with what was written for each; empty for all. */
  stories: { written: string; slug: string }[];
}

/** Works out the content folder and the stories from --content and the positional arguments. */
function resolveTarget(content: string | undefined, positionals: readonly string[]): Target {
  const folders = new Set(content === undefined ? [] : [resolve(content)]);
  const stories: Target['stories'] = [];
  for (const written of positionals) {
    const path = resolve(written);
    if (isDirectory(path) && isContentFolder(path)) folders.add(path);
    else if (isDirectory(path) && basename(dirname(path)) === 'explainers') {
      folders.add(dirname(dirname(path)));
      stories.push({ written, slug: basename(path) });
    } else stories.push({ written, slug: written.replace(/[\\/]+$/, '') });
  }
  if (folders.size > 1) {
    const named = [...folders].map((folder) => relative(process.cwd(), folder) || '.').join(', ');
    throw new UsageError(`the arguments name different content folders (${named}): check one at a time`);
  }
  return { contentDir: [...folders][0] ?? defaultContentDir(), stories };
}

interface Options {
  quiet: boolean;
  /** The content folder as the editor sees it from where the command runs. */
  shownDir: string;
}

/**
 * The checker and its report, loaded only once the command line is read, so that --help and a
 * mistyped option answer at once.
 */
async function loadChecker() {
  const [{ checkContent, hasErrors }, report, { problemsOfStories, storyReferences }, { didYouMean }] =
    await Promise.all([
      import('../src/lib/check/index.ts'),
      import('../src/lib/check/report.ts'),
      import('../src/lib/check/scope.ts'),
      import('../src/lib/text/edit-distance.ts'),
    ]);
  return { checkContent, hasErrors, report, problemsOfStories, storyReferences, didYouMean };
}

type Checker = Awaited<ReturnType<typeof loadChecker>>;
type CheckResult = ReturnType<Checker['checkContent']>;

/** Refuses a story named on the command line that the content does not hold, listing those it does. */
function requireStories(target: Target, checker: Checker, { files }: CheckResult, shownDir: string): void {
  const slugs = files.stories.map((story) => story.slug);
  for (const { written, slug } of target.stories) {
    if (slugs.includes(slug)) continue;
    const guess = checker.didYouMean(basename(slug), slugs);
    throw new UsageError(
      `"${written}" is neither a story of ${shownDir} nor a content folder${guess ? `: ${guess}` : ''}\n` +
        `stories: ${slugs.length > 0 ? slugs.join(', ') : `none yet (npm run new -- "Title" makes one)`}`,
    );
  }
}

/** The summary of a check without errors: what was checked, and, for named stories, the errors elsewhere. */
function printValid(
  checker: Checker,
  result: CheckResult,
  scope: string[],
  found: { warnings: number; acknowledged: number },
  options: Options,
): void {
  const { validSummary, count } = checker.report;
  const { warnings, acknowledged } = found;
  const { problems, model, files } = result;
  const { quiet, shownDir } = options;
  if (scope.length === 0) {
    const statements = model.stories.reduce((total, story) => total + story.statements.length, 0);
    const counts = {
      stories: model.stories.length,
      statements,
      people: model.people.size,
      sources: model.sources.size,
    };
    process.stdout.write(`${validSummary(counts, warnings, { quiet, acknowledged })}\n`);
    return;
  }
  // The stories named: their statements, and the people and sources they cite that exist.
  const cited = checker.storyReferences(files, scope);
  const counts = {
    statements: model.stories
      .filter((story) => scope.includes(story.slug))
      .reduce((total, story) => total + story.statements.length, 0),
    people: [...cited.people].filter((id) => model.people.has(id)).length,
    sources: [...cited.sources].filter((id) => model.sources.has(id)).length,
  };
  const subject = `${scope.join(', ')} ${scope.length === 1 ? 'is' : 'are'}`;
  process.stdout.write(`${validSummary(counts, warnings, { quiet, subject, acknowledged })}\n`);
  const elsewhere = problems.filter((problem) => problem.severity === 'error').length;
  if (elsewhere > 0) {
    process.stdout.write(`${count(elsewhere, 'error')} elsewhere in ${shownDir}: npm run check shows them.\n`);
  }
}

/** Checks the content and prints its problems, then a summary; the exit code. */
async function checkTarget(target: Target, options: Options): Promise<number> {
  const checker = await loadChecker();
  const { orderProblems, problemLine, problemSummary, useColor, count, acknowledgedLines } = checker.report;
  const { quiet, shownDir } = options;
  const result = checker.checkContent(target.contentDir);
  const { problems, files } = result;
  if (files.stories.length + files.people.length + files.sources.length === 0) {
    throw new UsageError(`${shownDir} holds no stories, people or sources: there is nothing to check`);
  }
  requireStories(target, checker, result, shownDir);

  const scope = [...new Set(target.stories.map((story) => story.slug))];
  const shown = scope.length > 0 ? checker.problemsOfStories(problems, files, scope) : problems;
  const acknowledged =
    scope.length > 0 ? checker.problemsOfStories(result.acknowledged, files, scope) : result.acknowledged;
  const color = useColor(process.stderr);
  for (const problem of orderProblems(shown)) {
    if (quiet && problem.severity === 'warning') continue;
    process.stderr.write(`${problemLine(problem, { color })}\n`);
  }
  if (!quiet) {
    for (const line of acknowledgedLines(acknowledged, { color: useColor(process.stdout) })) {
      process.stdout.write(`${line}\n`);
    }
  }
  const where = scope.length > 0 ? count(scope.length, 'story') : 'the content';
  if (checker.hasErrors(shown)) {
    process.stderr.write(`${problemSummary(shown, { quiet, where })}\n`);
    return 1;
  }
  printValid(checker, result, scope, { warnings: shown.length, acknowledged: acknowledged.length }, options);
  return 0;
}

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      help: { type: 'boolean', short: 'h' },
      quiet: { type: 'boolean', short: 'q' },
      fix: { type: 'boolean' },
      content: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const target = resolveTarget(values.content, positionals);
  const shownDir = relative(process.cwd(), target.contentDir) || '.';
  if (!isContentFolder(target.contentDir)) {
    throw new UsageError(
      `${shownDir} is not a content folder: it has no explainers/, people/ or sources/ folder (choose one with --content <dir>)`,
    );
  }
  if (values.fix) {
    const { fixContent } = await import('./lib/fix.ts');
    const fixes = fixContent(target.contentDir);
    for (const fix of fixes) process.stdout.write(`${fix.file}:${String(fix.line)}  fixed  ${fix.what}\n`);
    process.stdout.write(
      fixes.length > 0
        ? `--fix made ${String(fixes.length)} ${fixes.length === 1 ? 'change' : 'changes'}; the check follows.\n\n`
        : '--fix found nothing to change; the check follows.\n\n',
    );
  }
  return checkTarget(target, { quiet: values.quiet ?? false, shownDir });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const isUsage = error instanceof UsageError;
  const isArgs = error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
  if (!isUsage && !isArgs) throw error;
  process.stderr.write(`error: ${isUsage ? error.message : usageMessage(error)}\n`);
  // A wrong option calls for the list of options; a wrong story name already lists the stories.
  if (!isUsage) process.stderr.write(`\n${USAGE}`);
  process.exitCode = 2;
}
