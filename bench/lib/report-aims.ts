/**
 * The aims the figures are held to, and the table at the top of BENCHMARKS.md that gives each
 * aim its measured figure and says whether it is met. An aim whose part did not run says so.
 */
import type { HugeResult } from './huge.ts';
import type { IncrementalResult } from './incremental.ts';
import { HTML_AND_CSS_BUDGET } from './largest-pages.ts';
import { median } from './measure.ts';
import { perAddedStory, type MemoryResult } from './memory.ts';
import { bytes, growthRatio, mib, ratio, s, table } from './report-format.ts';
import type { ScalingResult, ScalingRow } from './scaling.ts';

/** An aim at most `at`, and a stretch aim below it. */
interface Ceiling {
  at: number;
  stretch?: number;
}

export const AIMS = {
  /** The number of stories the aims are stated for. */
  stories: 1000,
  /** Our whole cold build, ÷ stock Astro's, at N = 1000. */
  coldRatio: { at: 2.5, stretch: 2 },
  /** Our peak memory ÷ stock Astro's, at N = 1000. */
  memoryRatio: { at: 1.5, stretch: 1.2 },
  /** The memory each story adds between N = 1000 and 3000, ÷ stock Astro's. */
  addedMemoryRatio: { at: 1.3 },
  /** A rebuild after one word of one story changed, ÷ our cold build. */
  oneWordRatio: { at: 0.5, stretch: 0.3 },
  /** A rebuild with nothing changed, ÷ our cold build. */
  unchangedRatio: { at: 0.4 },
  /** The number of stories the site must still build on this machine. */
  hugeStories: 10_000,
  /** `npm run check` at N = 1000, in seconds (under). */
  checkSeconds: 5,
} satisfies Record<string, number | Ceiling>;

/** What the aims table reads. `huge.kept` says the figures come from an earlier run's report. */
export interface AimInputs {
  scaling: ScalingResult | undefined;
  memory: MemoryResult | undefined;
  incremental: IncrementalResult | undefined;
  huge: { result: HugeResult; kept: boolean } | undefined;
}

const NOT_MEASURED = '–';

/** "met", "met, and the stretch aim" or "**missed**", for a figure that should stay at most the aim. */
export function verdict(value: number, aim: Ceiling): string {
  if (!Number.isFinite(value)) return NOT_MEASURED;
  if (value > aim.at) return '**missed**';
  return aim.stretch !== undefined && value <= aim.stretch ? 'met, and the stretch aim' : 'met';
}

const ceiling = (aim: Ceiling) =>
  `≤ ${ratio(aim.at)}${aim.stretch === undefined ? '' : ` (stretch ${ratio(aim.stretch)})`}`;
/** " at N = 100" when a figure was measured at another number of stories than its aim names. */
const atN = (stories: number, named: number) => (stories === named ? '' : ` at N = ${stories.toLocaleString('en-GB')}`);
const notRun = (part: string): [string, string] => [`not measured (\`--only ${part}\`)`, NOT_MEASURED];

/** The scaling row the aims at N = 1000 read: that N, or the largest measured. */
function aimRow(scaling: ScalingResult | undefined): ScalingRow | undefined {
  return scaling?.rows.find((row) => row.stories === AIMS.stories) ?? scaling?.rows.at(-1);
}

function scalingRows(scaling: ScalingResult | undefined): string[][] {
  const row = aimRow(scaling);
  const n = `N = ${String(AIMS.stories)}`;
  const heads = {
    cold: [`cold build at ${n}, everything included, ÷ stock`, ceiling(AIMS.coldRatio)],
    memory: [`peak memory at ${n} ÷ stock`, ceiling(AIMS.memoryRatio)],
    check: [`\`npm run check\` at ${n}`, `under ${String(AIMS.checkSeconds)} s`],
  };
  if (!row) return Object.values(heads).map((head) => [...head, ...notRun('scaling')]);
  const at = atN(row.stories, AIMS.stories);
  const [ours, stock] = [median(row.ours.seconds), median(row.stock.seconds)];
  const [oursPeak, stockPeak] = [median(row.ours.peakMiB), median(row.stock.peakMiB)];
  const check = median(row.check);
  return [
    [
      ...heads.cold,
      `${ratio(ours / stock)}${at} (${s(ours)} against ${s(stock)})`,
      verdict(ours / stock, AIMS.coldRatio),
    ],
    [
      ...heads.memory,
      `${ratio(oursPeak / stockPeak)}${at} (${mib(oursPeak)} against ${mib(stockPeak)})`,
      verdict(oursPeak / stockPeak, AIMS.memoryRatio),
    ],
    [
      ...heads.check,
      `${s(check)}${at} with an empty cache; ${s(median(row.checkWarm))} with the files cached`,
      check < AIMS.checkSeconds ? 'met' : '**missed**',
    ],
  ];
}

function memoryRow(memory: MemoryResult | undefined): string[] {
  const head = ['memory per added story, N 1000 → 3000, ÷ stock’s', ceiling(AIMS.addedMemoryRatio)];
  if (!memory) return [...head, ...notRun('memory')];
  const ours = perAddedStory(memory, 'ours').mibPerStory;
  const stock = perAddedStory(memory, 'stock').mibPerStory;
  const span =
    memory.low.stories === AIMS.stories && memory.high.stories === 3 * AIMS.stories
      ? ''
      : ` (N ${String(memory.low.stories)} → ${String(memory.high.stories)})`;
  return [
    ...head,
    `${ratio(growthRatio(ours, stock))}${span}: ${ours.toFixed(2)} MiB against ${stock.toFixed(2)} MiB a story`,
    verdict(growthRatio(ours, stock), AIMS.addedMemoryRatio),
  ];
}

function incrementalRows(incremental: IncrementalResult | undefined): string[][] {
  const aims = [
    {
      id: 'one-word',
      head: `rebuild, one word changed in one story of ${String(AIMS.stories)}, ÷ our cold`,
      aim: AIMS.oneWordRatio,
    },
    { id: 'unchanged', head: 'rebuild, nothing changed, ÷ our cold', aim: AIMS.unchangedRatio },
  ];
  return aims.map(({ id, head, aim }) => {
    const step = incremental?.steps.find((candidate) => candidate.id === id);
    if (!incremental || !step) return [head, ceiling(aim), ...notRun('incremental')];
    const value = step.ours / incremental.cold.ours;
    const at = atN(incremental.stories, AIMS.stories);
    return [
      head,
      ceiling(aim),
      `${ratio(value)}${at} (${s(step.ours)} against ${s(incremental.cold.ours)})`,
      verdict(value, aim),
    ];
  });
}

function hugeRows(huge: AimInputs['huge']): string[][] {
  const n = AIMS.hugeStories.toLocaleString('en-GB');
  const budget = bytes(HTML_AND_CSS_BUDGET);
  const heads = {
    builds: [`N = ${n} on this machine`, 'builds; time and peak recorded'],
    page: [`largest page at N = ${n} (HTML + CSS, brotli)`, `within the page budget (${budget})`],
  };
  if (!huge) {
    const missing = ['not run (`npm run bench -- --huge`)', NOT_MEASURED];
    return [
      [...heads.builds, ...missing],
      [...heads.page, ...missing],
    ];
  }
  const { result, kept } = huge;
  const when = `${atN(result.stories, AIMS.hugeStories)}${kept ? `, run of ${result.date.slice(0, 10)}` : ''}`;
  const ours = result.ours;
  const built = ours.failure
    ? `failed after ${s(ours.seconds)}, peak ${mib(ours.peakMiB)}${when}: ${ours.failure}`
    : `built in ${s(ours.seconds)}, peak ${mib(ours.peakMiB)}${when}`;
  const largest = result.largest[0];
  const page = largest
    ? [
        `${bytes(largest.html + largest.css)}, \`${largest.file}\`${when}`,
        largest.html + largest.css <= HTML_AND_CSS_BUDGET ? 'met' : '**missed**',
      ]
    : [`not weighed: our build failed${when}`, NOT_MEASURED];
  return [
    [...heads.builds, built, ours.failure ? '**missed**' : 'met'],
    [...heads.page, ...page],
  ];
}

/** Whether a figure was measured at another number of stories than its aim names. */
function measuredAtOtherN({ scaling, memory, incremental, huge }: AimInputs): boolean {
  const row = aimRow(scaling);
  return (
    (row !== undefined && row.stories !== AIMS.stories) ||
    (memory !== undefined && (memory.low.stories !== AIMS.stories || memory.high.stories !== 3 * AIMS.stories)) ||
    (incremental !== undefined && incremental.stories !== AIMS.stories) ||
    (huge !== undefined && huge.result.stories !== AIMS.hugeStories)
  );
}

/** The aims table, every aim in a row, with a note when some figures were measured at another N. */
export function aimsSection(inputs: AimInputs): string {
  const [cold, memory, check] = scalingRows(inputs.scaling);
  const rows = [
    cold,
    memory,
    memoryRow(inputs.memory),
    ...incrementalRows(inputs.incremental),
    ...hugeRows(inputs.huge),
    check,
  ].filter((row): row is string[] => row !== undefined);
  const indicative = measuredAtOtherN(inputs)
    ? '\n\nA figure marked with another N than its aim names was measured at that N (a trial run): its verdict is only indicative.'
    : '';
  return `## Aims\n\n${table(['measure', 'aim', 'measured', ''], rows)}${indicative}`;
}
