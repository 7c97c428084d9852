/** The sections of BENCHMARKS.md for the memory per added story, the incremental rebuilds and the build of many stories. */
import type { HugeBuild, HugeResult } from './huge.ts';
import { recordHuge } from './huge-record.ts';
import type { IncrementalResult } from './incremental.ts';
import { HTML_AND_CSS_BUDGET } from './largest-pages.ts';
import { perAddedStory, type MemoryResult } from './memory.ts';
import { bytes, growthRatio, mib, ratio, s, table } from './report-format.ts';

const count = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString('en-GB'));

export function memorySection(memory: MemoryResult): string {
  const { low, high } = memory;
  const [ours, stock] = [perAddedStory(memory, 'ours'), perAddedStory(memory, 'stock')];
  const row = (site: 'ours' | 'stock', added: typeof ours) => [
    site,
    mib(low[site].peakMiB),
    mib(high[site].peakMiB),
    `${added.mibPerStory.toFixed(2)} MiB`,
    s(low[site].seconds),
    s(high[site].seconds),
    `${added.msPerStory.toFixed(0)} ms`,
  ];
  const from = (size: MemoryResult['low']) =>
    `at N = ${String(size.stories)}, ${size.from === 'scaling' ? 'the medians of the scaling runs' : 'one cold build of each'}`;
  const [n0, n1] = [String(low.stories), String(high.stories)];
  return `## Memory per added story, N = ${n0} → ${n1}

${table(
  [
    'site',
    `peak, N = ${n0}`,
    `peak, N = ${n1}`,
    'peak per added story',
    `build, N = ${n0}`,
    `build, N = ${n1}`,
    'build per added story',
  ],
  [
    row('ours', ours),
    row('stock', stock),
    [
      'ours ÷ stock',
      '',
      '',
      ratio(growthRatio(ours.mibPerStory, stock.mibPerStory)),
      '',
      '',
      ratio(growthRatio(ours.msPerStory, stock.msPerStory)),
    ],
  ],
)}

Per added story: (figure(${n1}) − figure(${n0})) / ${String(high.stories - low.stories)}, cold builds. Figures ${from(low)}; ${from(high)}.`;
}

export function incrementalSection(result: IncrementalResult): string {
  const rows = result.steps.map((step) => [
    step.edit,
    s(step.ours),
    ratio(step.ours / result.cold.ours),
    step.stock === undefined ? '–' : `${s(step.stock)} (${ratio(step.stock / result.cold.stock)})`,
    `${count(step.reused)} of ${count(step.routes)}`,
  ]);
  const shown = (value: boolean) => (value ? 'yes' : '**no**');
  return `## Incremental rebuilds, N = ${String(result.stories)}

Cold builds: ours ${s(result.cold.ours)}, stock ${s(result.cold.stock)} (${result.coldFrom}). Then one rebuild after each edit, in this order, each starting from what the one before left:

${table(['edit', 'ours', 'ours ÷ our cold', 'stock (÷ its cold)', 'pages and files ours reused, of all it wrote'], rows)}

One run each. Stock is rebuilt only after the edits that reach its MDX ("–": the edit touches data, the engine or its settings, which stock does not have); it has no incremental build and renders every page each time. After the one-word edit, the page shows the new word: ours ${shown(result.shown.ours)}, stock ${shown(result.shown.stock)}.`;
}

function hugeBuildRow(site: string, build: HugeBuild): string[] {
  return [
    site,
    build.failure ? `**failed**: ${build.failure}` : 'built',
    s(build.seconds),
    mib(build.peakMiB),
    count(build.pages),
  ];
}

/** The section of the build of many stories: measured in this run, kept from an earlier one, or never run. */
export function hugeSection(huge: { result: HugeResult; kept: boolean } | undefined, stories: number): string {
  const title = `## N = ${(huge?.result.stories ?? stories).toLocaleString('en-GB')} stories`;
  if (!huge) {
    return `${title}\n\nNot run yet. It is not part of the full run: \`npm run bench -- --huge\` builds ${stories.toLocaleString('en-GB')} stories, ours and stock, and records the time, the peak memory and the largest page.`;
  }
  const { result, kept } = huge;
  const when = kept
    ? `Last run on ${result.date}, on ${result.machine}, and kept from that run's report: the full run leaves this build out, \`npm run bench -- --huge\` makes it again.`
    : `Run on ${result.date}, on ${result.machine}.`;
  const largest = result.largest.map((page) => [
    `\`${page.file}\``,
    bytes(page.html),
    bytes(page.css),
    bytes(page.html + page.css),
    page.html + page.css <= HTML_AND_CSS_BUDGET ? 'yes' : '**no**',
  ]);
  const pages =
    largest.length > 0
      ? `Our largest pages of ${count(result.htmlPages)}, HTML and the style sheets it links as received (brotli, quality 11), against the page budget of ${bytes(HTML_AND_CSS_BUDGET)}:\n\n${table(['page', 'HTML', 'CSS', 'HTML + CSS', 'within budget'], largest)}`
      : 'Our build failed, so no page was weighed.';
  return `${title}

${when} ${result.stories.toLocaleString('en-GB')} synthetic stories, each site built once, cold:

${table(['site', 'result', 'time', 'peak memory', 'pages (Astro’s count)'], [hugeBuildRow('ours', result.ours), hugeBuildRow('stock', result.stock)])}

${pages}

${recordHuge(result)}`;
}
