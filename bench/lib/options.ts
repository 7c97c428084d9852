import { parseArgs } from 'node:util';

/** The parts, in the order they run. `huge` is opt-in: the full run leaves it out. */
export const PARTS = ['scaling', 'incremental', 'memory', 'lighthouse', 'weight', 'huge'] as const;
export type Part = (typeof PARTS)[number];

export const USAGE = `Usage: node_modules/.bin/node bench/bench.ts [options]

Measures the build (against a stock Astro site of the same MDX), the content check, the memory
each added story costs, rebuilds after each kind of edit a newsroom makes, Lighthouse on the
real site and the default story's weight (against a stock Starlight site); on request, a build
of 10,000 stories. Everything it makes goes to bench-output/, emptied first.

The full run (no options) takes about 25 minutes on two cores and writes BENCHMARKS.md and
docs/bench-build-per-story.svg; --huge adds the build of 10,000 stories to it (about 20
minutes more, if it fits in memory). A run with any other option is a trial: its report goes
to bench-output/BENCHMARKS.md instead, so that the figures kept with the project stay those of
a full run.

Options:
  --sizes 10,100      numbers of stories to build (default 10,100,1000)
  --runs 1            runs of each build and check, the median reported (default 3)
  --quick             sizes 10,100 and 1 run unless given; the incremental rebuilds at 300
                      stories instead of 1000; 1 Lighthouse run per page instead of 5
  --only <part>       one part: ${PARTS.join(', ')}
  --memory-sizes 1000,3000
                      the two numbers of stories the memory per added story is measured
                      between (default 1000,3000)
  --incremental-stories 1000
                      the number of stories the rebuilds are measured on (default 1000,
                      300 with --quick)
  --huge              also build 10,000 stories (ours and stock): time, peak memory and the
                      largest page; left out of the full run unless given
  --huge-stories 10000
                      the number of stories of that build (default 10,000)
  -h, --help          print this help
`;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  quick: boolean;
  only: Part | undefined;
  /** The numbers of stories the memory per added story is measured between, smaller first. */
  memorySizes: [number, number];
  /** How many stories the incremental rebuilds are measured on. */
  incrementalStories: number;
  /** Whether the opt-in build of many stories runs. */
  huge: boolean;
  hugeStories: number;
  lighthouseRuns: number;
  /** A run with the defaults (and perhaps --huge), whose report is kept with the project. */
  full: boolean;
  help: boolean;
}

/** A mistake in the command line, said in its own words. */
export class UsageError extends Error {}

function positiveInteger(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${option} takes a whole number of 1 or more, not "${text}"`);
  return value;
}

const numbers = (text: string, option: string) => text.split(',').map((size) => positiveInteger(size.trim(), option));

function memorySizes(text: string): [number, number] {
  const [low, high, ...rest] = numbers(text, '--memory-sizes');
  if (low === undefined || high === undefined || rest.length > 0 || low >= high)
    throw new UsageError(`--memory-sizes takes two numbers of stories, the smaller first, not "${text}"`);
  return [low, high];
}

export function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'memory-sizes': { type: 'string' },
      'incremental-stories': { type: 'string' },
      huge: { type: 'boolean', default: false },
      'huge-stories': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const quick = values.quick;
  const sizes = numbers(values.sizes ?? (quick ? '10,100' : '10,100,1000'), '--sizes');
  const only = values.only;
  if (only !== undefined && !(PARTS as readonly string[]).includes(only)) {
    throw new UsageError(`--only takes one of ${PARTS.join(', ')}, not "${only}"`);
  }
  const incremental = values['incremental-stories'];
  const hugeStories = values['huge-stories'];
  const defaults =
    values.sizes === undefined &&
    values.runs === undefined &&
    values['memory-sizes'] === undefined &&
    incremental === undefined &&
    hugeStories === undefined;
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: values.runs === undefined ? (quick ? 1 : 3) : positiveInteger(values.runs, '--runs'),
    quick,
    only: only as Part | undefined,
    memorySizes: memorySizes(values['memory-sizes'] ?? '1000,3000'),
    incrementalStories:
      incremental === undefined ? (quick ? 300 : 1000) : positiveInteger(incremental, '--incremental-stories'),
    huge: values.huge || only === 'huge' || hugeStories !== undefined,
    hugeStories: hugeStories === undefined ? 10_000 : positiveInteger(hugeStories, '--huge-stories'),
    lighthouseRuns: quick ? 1 : 5,
    full: !quick && defaults && only === undefined,
    help: values.help,
  };
}

/** Whether a run of these options measures a part: every part but `huge` unless one is chosen. */
export function runsPart(options: BenchOptions, part: Part): boolean {
  if (options.only !== undefined) return options.only === part;
  return part === 'huge' ? options.huge : true;
}
