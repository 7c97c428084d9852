/**
 * BENCHMARKS.md, written from the measured results: how they were measured, on what, with
 * which commands, a table per part, and each aim with its figure, missed aims said as misses.
 */
import { format, resolveConfig } from 'prettier';
import type { BuildPhases } from './build-log.ts';
import type { IncrementalResult } from './incremental.ts';
import type { Machine } from './machine.ts';
import { median } from './measure.ts';
import type { BenchOptions } from './options.ts';
import type { LighthousePage, RealSite, WeightRow } from './real-site.ts';
import { marginalPerStory, type ScalingResult } from './scaling.ts';
import { PEOPLE, SECTIONS } from './synthetic-content.ts';

export interface BenchResults {
  machine: Machine;
  options: BenchOptions;
  totalSeconds: number;
  scaling: ScalingResult | undefined;
  incremental: IncrementalResult | undefined;
  site: RealSite | undefined;
  lighthouse: LighthousePage[] | undefined;
  weight: { story: string; rows: WeightRow[]; command: string } | undefined;
  /** The chart's path from the report, when there is one. */
  chart: string | undefined;
}

/** The aims the figures are held to. */
export const AIMS = {
  /** Our build time per story at the largest N, at most this many times stock Astro's. */
  perStoryRatio: 1.3,
  /** Our peak memory at the largest N, at most this many times stock Astro's. */
  memoryRatio: 1,
  /** `npm run check` at the largest N, at most this many seconds. */
  checkSeconds: 5,
  /** The N the aims are stated for. */
  stories: 1000,
};

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
const mib = (value: number) => `${value.toFixed(0)} MiB`;
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const bytes = (value: number) => `${value.toLocaleString('en-GB')} B`;
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const verdict = (met: boolean) => (met ? 'met' : '**missed**');

function aimsSection(results: BenchResults): string {
  const rows: string[][] = [];
  const scaling = results.scaling;
  const largest = scaling?.rows.at(-1);
  if (scaling && largest && scaling.rows.length > 1) {
    const ours = marginalPerStory(scaling.rows, (row) => row.ours).get(largest.stories) ?? Number.NaN;
    const stock = marginalPerStory(scaling.rows, (row) => row.stock).get(largest.stories) ?? Number.NaN;
    const measured = ours / stock;
    rows.push([
      `Build time per story at N = ${String(largest.stories)}: at most ${ratio(AIMS.perStoryRatio)} stock Astro's`,
      `${ratio(measured)} (${ms(ours)} against ${ms(stock)} per story)`,
      verdict(measured <= AIMS.perStoryRatio),
    ]);
  }
  if (largest) {
    const ours = median(largest.ours.peakMiB);
    const stock = median(largest.stock.peakMiB);
    rows.push([
      `Peak memory at N = ${String(largest.stories)}: no more than stock Astro's`,
      `${ratio(ours / stock)} (${mib(ours)} against ${mib(stock)})`,
      verdict(ours / stock <= AIMS.memoryRatio),
    ]);
    const check = median(largest.check);
    const warm = median(largest.checkWarm);
    rows.push([
      `\`npm run check\` at N = ${String(largest.stories)}: under ${String(AIMS.checkSeconds)} s`,
      `${s(check)} with an empty cache; ${s(warm)} with the files cached`,
      verdict(check < AIMS.checkSeconds),
    ]);
  }
  if (rows.length === 0) return '';
  const note =
    largest && largest.stories !== AIMS.stories
      ? `\n\nThe aims are stated for N = ${String(AIMS.stories)}; this run's largest N is ${String(largest.stories)}, so the verdicts are only indicative.`
      : '';
  return `## Aims\n\n${table(['aim', 'measured', ''], rows)}${note}`;
}

function machineSection({ machine, options, totalSeconds }: BenchResults): string {
  return `## Machine

- ${machine.cpu}, ${String(machine.cores)} cores, ${machine.memoryGiB.toFixed(1)} GiB of memory, ${machine.os}
- Node ${machine.node}; ${machine.astro}
- Measured on ${machine.date}, in ${(totalSeconds / 60).toFixed(1)} minutes (${options.full ? 'the full run' : 'a trial run'}: sizes ${options.sizes.join(', ')}, ${String(options.runs)} run${options.runs === 1 ? '' : 's'} each${options.only ? `, only ${options.only}` : ''}).
- Load average (1 minute) ${machine.load.start.toFixed(2)} at the start and ${machine.load.end.toFixed(2)} at the end. The machine is shared: other work running at the same time slows both sites' builds, which is why they alternate and the ratios matter more than the seconds.`;
}

function methodSection({ options }: BenchResults): string {
  return `## Method

- **Content.** A seeded generator (\`bench/lib/synthetic-content.ts\`) writes N stories in the shape of \`content/\`: each an index and ${String(SECTIONS.length)} sections, 10 statements (\`<Said>\`, 7 direct quotes and 3 paraphrases) by 4 speakers drawn from ${String(PEOPLE)} people, quoting 2 sources whose excerpts hold every quote word for word, from 20 publishers. It passes \`npm run check\` with no warning.
- **Ours** is built by the project's build script (\`scripts/build.ts\`, what \`npm run build\` runs: the content check, the pages, the exports, social cards, the search index), on a copy of the engine (\`astro.config.mjs\`, \`src/\`, \`public/\`) in \`bench-output/engine/\`, given as Astro's \`--root\`. Astro keeps part of a build's state in \`<root>/.astro/\` whatever the cache folder, so two builds of one root with different content at the same time break each other; the copy keeps the benchmark's builds apart from any other build of the project.
- **Stock** is a plain Astro site written by the benchmark: its \`astro.config.mjs\` holds \`mdx()\` and nothing else (Astro's default Markdown processing), a content collection holds the same MDX files with each \`<Said …>words</Said>\` replaced by its words, and one page per story renders the article and its sections. It has no people pages, timeline, exports, cards or search: the difference is the price of what the engine does.
- **Cold** builds: output and caches deleted before each (Astro's and the engine's own: parsed files, social cards). **The check** is run twice each time: with its cache of parsed files emptied (cold), then again (warm), as an editor runs it after a change. Ours and stock alternate (ours, stock, ours, stock …); each figure is the median of the runs. **Time** is wall-clock time of the whole command. **Peak memory** is the largest sum of resident memory (VmRSS) over the command's process tree, read from \`/proc\` every 100 ms.
- **Where the time goes** is read from Astro's own log of the last run at the largest N: its phases, and the time it gives each route (images are the stories' social cards, \`/<slug>/card.png\`).
- **Per story**: the build's time above the smallest N, divided by the stories added, (build(N) − build(N₀)) / (N − N₀), which takes out the fixed cost of starting a build; the chart shows the plain build time ÷ N.
- **Incremental**: at N = ${String(options.incrementalStories)}, right after cold builds of the same content (whose caches they find in place), a build with nothing changed, then one after changing one word of one section of one story, ours and stock alike; the rebuilt page is checked to show the new word.
- **Lighthouse**: version as above, its default mobile settings (simulated slow 4G, a mid-range phone), headless Chromium; median of the runs. The site of \`content/\` is built as above, as a published site is: for its address (\`SITE_URL\` set to the small static server in the benchmark that then serves it, text brotli-compressed), at the root (no \`BASE_PATH\`).
- **Page weight** is weighed as the page budget test (\`tests/dist/page-budget.test.ts\`) weighs it: the HTML and every file the first view loads, text brotli-compressed (quality 11); requests count the document, stylesheets, icons, preloads, scripts with their static imports, images and fonts. The Starlight page holds the same story (article, then each section under its title), statements as plain words, in a stock Starlight site (default settings).
- \`BASE_PATH\`, \`SITE_URL\`, \`CONTENT_DIR\`, \`OUT_DIR\` and \`ASTRO_CACHE_DIR\` are taken out of the environment; the benchmark sets what each build needs. The synthetic sites are built without \`SITE_URL\` (no feed, sitemap or absolute addresses), as \`npm run build\` is by default.`;
}

function scalingSection(scaling: ScalingResult, chart: string | undefined): string {
  const oursMarginal = marginalPerStory(scaling.rows, (row) => row.ours);
  const stockMarginal = marginalPerStory(scaling.rows, (row) => row.stock);
  const times = scaling.rows.map((row) => {
    const ours = median(row.ours.seconds);
    const stock = median(row.stock.seconds);
    const oursPer = oursMarginal.get(row.stories);
    const stockPer = stockMarginal.get(row.stories);
    return [
      String(row.stories),
      `${s(median(row.check))} / ${s(median(row.checkWarm))}`,
      s(ours),
      s(stock),
      ratio(ours / stock),
      `${ms(ours / row.stories)} / ${ms(stock / row.stories)}`,
      oursPer !== undefined && stockPer !== undefined
        ? `${ms(oursPer)} / ${ms(stockPer)} (${ratio(oursPer / stockPer)})`
        : '–',
    ];
  });
  const memory = scaling.rows.map((row) => {
    const ours = median(row.ours.peakMiB);
    const stock = median(row.stock.peakMiB);
    return [String(row.stories), mib(ours), mib(stock), ratio(ours / stock)];
  });
  const runs = scaling.rows.map((row) => [
    String(row.stories),
    `${row.check.map((value) => value.toFixed(2)).join(', ')} / ${row.checkWarm.map((value) => value.toFixed(2)).join(', ')}`,
    row.ours.seconds.map((value) => value.toFixed(1)).join(', '),
    row.stock.seconds.map((value) => value.toFixed(1)).join(', '),
    row.ours.peakMiB.map((value) => value.toFixed(0)).join(', '),
    row.stock.peakMiB.map((value) => value.toFixed(0)).join(', '),
  ]);
  return `## Scaling

${table(['N', 'check, cold / warm', 'ours', 'stock', 'ours ÷ stock', 'build ÷ N, ours / stock', 'per story above N₀, ours / stock'], times)}

${chart ? `![Build time per story against N, ours and stock Astro](${chart})\n\n` : ''}Peak memory of the build (median):

${table(['N', 'ours', 'stock', 'ours ÷ stock'], memory)}

${scaling.phases ? phasesSection(scaling.phases) : ''}

Every run (seconds, MiB):

${table(['N', 'check, cold / warm', 'ours', 'stock', 'ours peak', 'stock peak'], runs)}`;
}

/** Rendering time no route accounts for; none to tell when routes render side by side and their times overlap. */
function unattributed(seconds: number): string {
  return seconds < 0 ? '– (routes overlap)' : s(seconds);
}

function phasesSection(phases: { stories: number; ours: BuildPhases; stock: BuildPhases }): string {
  const kinds = [...new Set([...Object.keys(phases.ours.routes), ...Object.keys(phases.stock.routes)])].sort();
  const routed = (p: BuildPhases) => Object.values(p.routes).reduce((total, value) => total + value, 0);
  const rows = [
    ['start-up (Node, the build script, loading Astro)', s(phases.ours.startup), s(phases.stock.startup)],
    ['set-up: configuration (our content check), content sync, types', s(phases.ours.setup), s(phases.stock.setup)],
    ['bundling (Vite)', s(phases.ours.bundle), s(phases.stock.bundle)],
    ['rendering, in all', s(phases.ours.render), s(phases.stock.render)],
    ...kinds.map((kind) => [`– ${kind}`, s(phases.ours.routes[kind] ?? 0), s(phases.stock.routes[kind] ?? 0)]),
    [
      '– not attributed to a route',
      unattributed(phases.ours.render - routed(phases.ours)),
      unattributed(phases.stock.render - routed(phases.stock)),
    ],
    ['after rendering (search index, host files)', s(phases.ours.after), s(phases.stock.after)],
  ];
  return `Where the time goes, last run at N = ${String(phases.stories)} (from Astro's own log; the engine renders two pages at a time, so the times of its routes overlap and add up to more than its rendering's):

${table(['phase', 'ours', 'stock'], rows)}`;
}

function incrementalSection(result: IncrementalResult): string {
  const row = (name: string, times: IncrementalResult['ours']) => [
    name,
    s(times.cold),
    `${s(times.unchanged)} (${ratio(times.unchanged / times.cold)})`,
    `${s(times.oneWord)} (${ratio(times.oneWord / times.cold)})`,
    times.shown ? 'yes' : '**no**',
  ];
  return `## Incremental rebuild, N = ${String(result.stories)}

${table(['site', 'cold', 'nothing changed (÷ cold)', 'one word changed (÷ cold)', 'page shows the change'], [row('ours', result.ours), row('stock', result.stock)])}

Cold: ${result.coldFrom}. One run each.`;
}

function lighthouseSection(pages: LighthousePage[], runs: number): string {
  const rows = pages.map(({ page, result }) => [
    `\`${page}\``,
    String(result.scores.performance),
    String(result.scores.accessibility),
    String(result.scores['best-practices']),
    String(result.scores.seo),
    `${result.lcpMs.toFixed(0)} ms`,
    result.cls.toFixed(3),
    `${result.tbtMs.toFixed(0)} ms`,
  ]);
  const failing = pages.flatMap(({ page, result }) => result.failing.map((audit) => `- \`${page}\`, ${audit}`));
  return `## Lighthouse (mobile), median of ${String(runs)}

${table(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'], rows)}

${failing.length > 0 ? `Scored audits that did not pass:\n\n${failing.join('\n')}` : 'Every scored audit passed.'}`;
}

function weightSection(weight: NonNullable<BenchResults['weight']>): string {
  const rows = weight.rows.map((row) => [
    row.site,
    bytes(row.html),
    bytes(row.css),
    bytes(row.html + row.css),
    bytes(row.js),
    bytes(row.firstView),
    String(row.requests),
  ]);
  return `## Page weight: the default story beside Starlight

\`${weight.story}\`, bytes received (brotli, quality 11):

${table(['site', 'HTML', 'CSS', 'HTML + CSS', 'JavaScript', 'first view', 'requests'], rows)}

The page budgets (\`tests/dist/page-budget.test.ts\`): HTML + CSS at most 14 KB (14,336 B), no JavaScript needed to read, enhancement scripts at most 2 KB, the first view at most 30 KB in at most 5 requests.`;
}

function commandsSection(results: BenchResults): string {
  const lines = [
    'node_modules/.bin/node bench/bench.ts',
    ...(results.scaling?.commands ?? []),
    ...(results.site ? [results.site.command] : []),
    ...(results.weight ? [results.weight.command] : []),
  ];
  return `## Commands

The whole benchmark, then what it runs (for the largest N; \`n<N>\` folders hold each size):

\`\`\`sh
${lines.join('\n')}
\`\`\`

Options for trying it out: \`--quick\`, \`--sizes 10,100\`, \`--runs 1\`, \`--only scaling|incremental|lighthouse|weight\`; a trial run writes its report to \`bench-output/BENCHMARKS.md\`.`;
}

export async function renderReport(results: BenchResults, file: string): Promise<string> {
  const parts = [
    '# Benchmarks',
    'How fast the engine builds, how it grows with the number of stories, and what its pages cost a reader, beside stock Astro and Starlight. Written by `node_modules/.bin/node bench/bench.ts`; run it again rather than editing this file.',
    aimsSection(results),
    machineSection(results),
    methodSection(results),
    results.scaling ? scalingSection(results.scaling, results.chart) : '',
    results.incremental ? incrementalSection(results.incremental) : '',
    results.lighthouse ? lighthouseSection(results.lighthouse, results.options.lighthouseRuns) : '',
    results.weight ? weightSection(results.weight) : '',
    commandsSection(results),
  ];
  const markdown = parts.filter(Boolean).join('\n\n');
  return format(markdown, { ...(await resolveConfig(file)), filepath: file });
}
