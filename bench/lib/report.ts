/**
 * BENCHMARKS.md, written from the measured results: how they were measured, on what, with
 * which commands, a table per part, and each aim with its figure, missed aims said as misses.
 */
import { format, resolveConfig } from 'prettier';
import type { BuildPhases } from './build-log.ts';
import type { HugeResult } from './huge.ts';
import type { IncrementalResult } from './incremental.ts';
import type { Machine } from './machine.ts';
import { median } from './measure.ts';
import type { MemoryResult } from './memory.ts';
import { PARTS, runsPart, type BenchOptions } from './options.ts';
import type { LighthousePage, RealSite, WeightRow } from './real-site.ts';
import { marginalPerStory, type ScalingResult } from './scaling.ts';
import { aimsSection } from './report-aims.ts';
import { bytes, mib, ms, ratio, s, table } from './report-format.ts';
import { hugeSection, incrementalSection, memorySection } from './report-sections.ts';
import { PEOPLE, SECTIONS } from './synthetic-content.ts';

export interface BenchResults {
  machine: Machine;
  options: BenchOptions;
  totalSeconds: number;
  scaling: ScalingResult | undefined;
  incremental: IncrementalResult | undefined;
  memory: MemoryResult | undefined;
  /** The build of many stories: measured in this run, or kept from the last report (`kept`). */
  huge: { result: HugeResult; kept: boolean } | undefined;
  site: RealSite | undefined;
  lighthouse: LighthousePage[] | undefined;
  weight: { story: string; rows: WeightRow[]; command: string } | undefined;
  /** The chart's path from the report, when there is one. */
  chart: string | undefined;
}

/** What a run measured, in a few words. */
function runDescription(options: BenchOptions): string {
  const runs = `${String(options.runs)} run${options.runs === 1 ? '' : 's'} each`;
  const parts = [
    runsPart(options, 'scaling') ? `sizes ${options.sizes.join(', ')}, ${runs}` : undefined,
    runsPart(options, 'incremental') ? `rebuilds at N = ${String(options.incrementalStories)}` : undefined,
    runsPart(options, 'memory') ? `memory at N = ${options.memorySizes.join(' and ')}` : undefined,
    runsPart(options, 'huge') ? `N = ${String(options.hugeStories)}` : undefined,
    options.only === 'lighthouse' || options.only === 'weight' ? `only ${options.only}` : undefined,
  ];
  return parts.filter(Boolean).join('; ');
}

function machineSection({ machine, options, totalSeconds }: BenchResults): string {
  return `## Machine

- ${machine.cpu}, ${String(machine.cores)} cores, ${machine.memoryGiB.toFixed(1)} GiB of memory, ${machine.os}
- Node ${machine.node}; ${machine.astro}
- Measured on ${machine.date}, in ${(totalSeconds / 60).toFixed(1)} minutes (${options.full ? 'the full run' : 'a trial run'}: ${runDescription(options)}).
- Load average (1 minute) ${machine.load.start.toFixed(2)} at the start and ${machine.load.end.toFixed(2)} at the end. The machine is shared: other work running at the same time slows both sites' builds, which is why they alternate and the ratios matter more than the seconds.`;
}

function methodSection({ options }: BenchResults): string {
  return `## Method

- **Content.** A seeded generator (\`bench/lib/synthetic-content.ts\`) writes N stories in the shape of \`content/\`: each an index and ${String(SECTIONS.length)} sections, 10 statements (\`<Said>\`, 7 direct quotes and 3 paraphrases) by 4 speakers drawn from ${String(PEOPLE)} people, quoting 2 sources whose excerpts hold every quote word for word, from 20 publishers. It passes \`npm run check\` with no warning.
- **Ours** is built by the project's build script (\`scripts/build.ts\`, what \`npm run build\` runs: the content check, the pages, the exports, social cards, the search index), on a copy of the engine (\`astro.config.mjs\`, \`src/\`, \`public/\`) in \`bench-output/engine/\`, given as Astro's \`--root\`. Astro keeps part of a build's state in \`<root>/.astro/\` whatever the cache folder, so two builds of one root with different content at the same time break each other; the copy keeps the benchmark's builds apart from any other build of the project.
- **Stock** is a plain Astro site written by the benchmark: its \`astro.config.mjs\` holds \`mdx()\` and nothing else (Astro's default Markdown processing), a content collection holds the same MDX files with each of the engine's components replaced by the words it wraps (\`<Said …>words</Said>\` by its words; \`<Cite>\` and \`<Version>\`, which show nothing where they stand, left out), and one page per story renders the article and its sections. It has no people pages, timeline, exports, cards or search: the difference is the price of what the engine does.
- **Cold** builds: output and caches deleted before each (Astro's and the engine's own: parsed files, social cards). **The check** is run twice each time: with its cache of parsed files emptied (cold), then again (warm), as an editor runs it after a change. Ours and stock alternate (ours, stock, ours, stock …); each figure is the median of the runs. **Time** is wall-clock time of the whole command. **Peak memory** is the largest sum of resident memory (VmRSS) over the command's process tree, read from \`/proc\` every 100 ms.
- **Where the time goes** is read from Astro's own log of the last run at the largest N: its phases, and the time it gives each route (images are the stories' social cards, \`/<slug>/card.png\`).
- **Per story**: the build's time above the smallest N, divided by the stories added, (build(N) − build(N₀)) / (N − N₀), which takes out the fixed cost of starting a build; the chart shows the plain build time ÷ N.
- **Memory per added story**: cold builds at N = ${options.memorySizes.join(' and ')} (the scaling runs' medians where they measured that N, else one build of each), and (figure(N₁) − figure(N₀)) / (N₁ − N₀) of peak memory and build time, which takes out what a build costs whatever its size.
- **Incremental**: at N = ${String(options.incrementalStories)}, right after cold builds of the same content (whose caches they find in place), a rebuild after each edit a newsroom makes, one after another: nothing changed; one word of prose; a direct quote and the same words in its source's excerpt; a person's name and the start of their role; a publisher's description; a new story (the generator's next one); a deleted story; a renamed story folder; a correction in a story's front matter; a rule added to the style of the statement component (\`src/components/mdx/Said.astro\` of the engine copy); a comment added to \`astro.config.mjs\`; \`BASE_PATH\` set. Stock gets the edits that reach its MDX. The pages reused are those Astro's log marks "(restored)" or "(cached)"; after the one-word edit the rebuilt page is checked to show the new word. The engine copy is put back afterwards.
- **Many stories** (opt-in, \`--huge\`): ${String(options.hugeStories)} synthetic stories (several a day, none dated in the future), ours and stock built once each, cold; a build that fails is recorded with its exit and the line of its output that says why. Our pages are weighed as the page budget weighs them: the HTML and the style sheets it links, brotli-compressed (quality 11), the largest listed against the budget of 14,336 B. Quality 11 takes about 50 ms a page, so every HTML page is first ranked by its HTML at quality 5 and its style sheets, and the 50 largest by that are weighed exactly.
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
    ...(results.huge ? ['node_modules/.bin/node bench/bench.ts --huge', ...results.huge.result.commands] : []),
    ...(results.site ? [results.site.command] : []),
    ...(results.weight ? [results.weight.command] : []),
  ];
  return `## Commands

The whole benchmark, then what it runs (for the largest N; \`n<N>\` folders hold each size):

\`\`\`sh
${lines.join('\n')}
\`\`\`

Options for trying it out: \`--quick\`, \`--sizes 10,100\`, \`--runs 1\`, \`--memory-sizes 50,150\`, \`--incremental-stories 60\`, \`--huge-stories 200\`, \`--only ${PARTS.join('|')}\`; a trial run writes its report to \`bench-output/BENCHMARKS.md\`. \`--huge\` alone adds the build of many stories to the full run.`;
}

export async function renderReport(results: BenchResults, file: string): Promise<string> {
  const parts = [
    '# Benchmarks',
    'How fast the engine builds, how it grows with the number of stories, and what its pages cost a reader, beside stock Astro and Starlight. Written by `node_modules/.bin/node bench/bench.ts`; run it again rather than editing this file.',
    aimsSection(results),
    machineSection(results),
    methodSection(results),
    results.scaling ? scalingSection(results.scaling, results.chart) : '',
    results.memory ? memorySection(results.memory) : '',
    results.incremental ? incrementalSection(results.incremental) : '',
    results.huge || results.options.full ? hugeSection(results.huge, results.options.hugeStories) : '',
    results.lighthouse ? lighthouseSection(results.lighthouse, results.options.lighthouseRuns) : '',
    results.weight ? weightSection(results.weight) : '',
    commandsSection(results),
  ];
  const markdown = parts.filter(Boolean).join('\n\n');
  return format(markdown, { ...(await resolveConfig(file)), filepath: file });
}
