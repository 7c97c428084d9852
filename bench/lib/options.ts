import { parseArgs } from 'node:util';

export const PARTS = ['scaling', 'incremental', 'lighthouse', 'weight'] as const;
export type Part = (typeof PARTS)[number];

export const USAGE = `Usage: node_modules/.bin/node bench/bench.ts [options]

Measures the build (against a stock Astro site of the same MDX), the content check, a rebuild
after a one-word change, Lighthouse on the real site and the default story's weight (against a
stock Starlight site). Everything it makes goes to bench-output/, emptied first.

The full run (no options) takes about 15 minutes on two cores and writes BENCHMARKS.md and
docs/bench-build-per-story.svg. A run with any option is a trial: its report goes to
bench-output/BENCHMARKS.md instead, so that the figures kept with the project stay those of a
full run.

Options:
  --sizes 10,100      numbers of stories to build (default 10,100,1000)
  --runs 1            runs of each build and check, the median reported (default 3)
  --quick             sizes 10,100 and 1 run unless given; the incremental rebuild at 300
                      stories instead of 1000; 1 Lighthouse run per page instead of 5
  --only <part>       one part: ${PARTS.join(', ')}
  -h, --help          print this help
`;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  quick: boolean;
  only: Part | undefined;
  /** How many stories the incremental rebuild is measured on. */
  incrementalStories: number;
  lighthouseRuns: number;
  /** A run with the defaults, whose report is kept with the project. */
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

export function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const quick = values.quick;
  const sizes = (values.sizes ?? (quick ? '10,100' : '10,100,1000'))
    .split(',')
    .map((size) => positiveInteger(size.trim(), '--sizes'));
  const only = values.only;
  if (only !== undefined && !(PARTS as readonly string[]).includes(only)) {
    throw new UsageError(`--only takes one of ${PARTS.join(', ')}, not "${only}"`);
  }
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: values.runs === undefined ? (quick ? 1 : 3) : positiveInteger(values.runs, '--runs'),
    quick,
    only: only as Part | undefined,
    incrementalStories: quick ? 300 : 1000,
    lighthouseRuns: quick ? 1 : 5,
    full: !quick && values.sizes === undefined && values.runs === undefined && only === undefined,
    help: values.help,
  };
}
