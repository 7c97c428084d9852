/**
 * BENCHMARKS.md's aims table and its section of the build of many stories, written from
 * figures made up for each case: each aim met, missed or not measured, and an earlier run's
 * figures kept in the report and read back.
 */
import { describe, expect, it } from 'vitest';
import type { HugeResult } from '../../bench/lib/huge.ts';
import { readHuge, recordHuge } from '../../bench/lib/huge-record.ts';
import type { IncrementalResult } from '../../bench/lib/incremental.ts';
import type { MemoryResult } from '../../bench/lib/memory.ts';
import { aimsSection, verdict, type AimInputs } from '../../bench/lib/report-aims.ts';
import { hugeSection } from '../../bench/lib/report-sections.ts';
import type { ScalingResult } from '../../bench/lib/scaling.ts';

const scaling = (stories: number): ScalingResult => ({
  rows: [
    {
      stories,
      check: [2.8],
      checkWarm: [1.7],
      ours: { seconds: [40], peakMiB: [2400] },
      stock: { seconds: [18], peakMiB: [1700] },
    },
  ],
  phases: undefined,
  commands: [],
});

const memory: MemoryResult = {
  low: { stories: 1000, ours: { seconds: 40, peakMiB: 2400 }, stock: { seconds: 18, peakMiB: 1700 }, from: 'scaling' },
  high: { stories: 3000, ours: { seconds: 120, peakMiB: 6400 }, stock: { seconds: 50, peakMiB: 3700 }, from: 'memory' },
};

const step = (id: string, ours: number) => ({ id, edit: id, ours, stock: undefined, reused: 0, routes: 100 });
const incremental: IncrementalResult = {
  stories: 1000,
  cold: { ours: 40, stock: 18 },
  steps: [step('unchanged', 10), step('one-word', 14)],
  shown: { ours: true, stock: true },
  coldFrom: 'one cold build',
};

const huge: HugeResult = {
  stories: 10_000,
  date: '2026-12-05T10:00:00Z',
  machine: 'AMD EPYC, 2 cores, 23.5 GiB',
  ours: { seconds: 600, peakMiB: 9000, pages: 50_004, failure: undefined },
  stock: { seconds: 150, peakMiB: 4000, pages: 10_001, failure: undefined },
  htmlPages: 20_400,
  largest: [
    { file: 'index.html', html: 12_000, css: 4_000 },
    { file: 'people/ana-adler/index.html', html: 7_000, css: 4_000 },
  ],
  commands: ['node_modules/.bin/node scripts/build.ts --root bench-output/engine'],
};

/** The table's row whose first cell starts with `measure`, as its cells. */
function row(section: string, measure: string): string[] {
  const line = section.split('\n').find((candidate) => candidate.startsWith(`| ${measure}`));
  if (!line) throw new Error(`no row "${measure}" in:\n${section}`);
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe('a verdict', () => {
  it('says whether a figure is within its aim and its stretch aim', () => {
    expect(verdict(1.9, { at: 2.5, stretch: 2 })).toBe('met, and the stretch aim');
    expect(verdict(2.2, { at: 2.5, stretch: 2 })).toBe('met');
    expect(verdict(2.5, { at: 2.5 })).toBe('met');
    expect(verdict(2.6, { at: 2.5, stretch: 2 })).toBe('**missed**');
    expect(verdict(Number.NaN, { at: 2.5 })).toBe('–');
  });
});

describe('the aims table', () => {
  const all: AimInputs = { scaling: scaling(1000), memory, incremental, huge: { result: huge, kept: false } };

  it('gives every aim its figure and verdict', () => {
    const section = aimsSection(all);
    expect(row(section, 'cold build at N = 1000')).toEqual([
      'cold build at N = 1000, everything included, ÷ stock',
      '≤ 2.50× (stretch 2.00×)',
      '2.22× (40.0 s against 18.0 s)',
      'met',
    ]);
    expect(row(section, 'peak memory at N = 1000').slice(2)).toEqual(['1.41× (2400 MiB against 1700 MiB)', 'met']);
    expect(row(section, 'memory per added story')[2]).toBe('2.00×: 2.00 MiB against 1.00 MiB a story');
    expect(row(section, 'memory per added story')[3]).toBe('**missed**');
    expect(row(section, 'rebuild, one word')[2]).toBe('0.35× (14.0 s against 40.0 s)');
    expect(row(section, 'rebuild, nothing changed')[3]).toBe('met');
    expect(row(section, 'N = 10,000 on this machine')[2]).toBe('built in 600.0 s, peak 9000 MiB');
    expect(row(section, 'largest page at N = 10,000')[2]).toBe('16,000 B, `index.html`');
    expect(row(section, 'largest page at N = 10,000')[3]).toBe('**missed**');
    expect(row(section, '`npm run check`')[3]).toBe('met');
    expect(section).not.toContain('indicative');
  });

  it('gives no ratio of growth when stock did not grow', () => {
    const flat = { ...memory, high: { ...memory.high, stock: memory.low.stock } };
    expect(row(aimsSection({ ...all, memory: flat }), 'memory per added story').slice(2)).toEqual([
      '–: 2.00 MiB against 0.00 MiB a story',
      '–',
    ]);
  });

  it('says which part measures an aim this run left out', () => {
    const section = aimsSection({ scaling: undefined, memory: undefined, incremental: undefined, huge: undefined });
    expect(row(section, 'cold build at N = 1000')[2]).toBe('not measured (`--only scaling`)');
    expect(row(section, 'N = 10,000 on this machine')[2]).toBe('not run (`npm run bench -- --huge`)');
    expect(section.split('\n').filter((line) => line.startsWith('| ') && line.endsWith(' – |'))).toHaveLength(8);
  });

  it('marks figures of a trial at another N, and calls their verdicts indicative', () => {
    const section = aimsSection({ ...all, scaling: scaling(100) });
    expect(row(section, 'cold build at N = 1000')[2]).toBe('2.22× at N = 100 (40.0 s against 18.0 s)');
    expect(section).toContain('only indicative');
  });

  it('records a failed build of many stories as missed, with its reason and no page weighed', () => {
    const failed = {
      ...huge,
      ours: { ...huge.ours, pages: undefined, failure: 'killed by SIGKILL: Killed' },
      htmlPages: undefined,
      largest: [],
    };
    const section = aimsSection({ ...all, huge: { result: failed, kept: true } });
    expect(row(section, 'N = 10,000 on this machine')).toEqual([
      'N = 10,000 on this machine',
      'builds; time and peak recorded',
      'failed after 600.0 s, peak 9000 MiB, run of 2026-12-05: killed by SIGKILL: Killed',
      '**missed**',
    ]);
    expect(row(section, 'largest page at N = 10,000')[3]).toBe('–');
  });
});

describe('the figures of the build of many stories, kept in the report', () => {
  it('read back as they were written, even when a failure holds "--"', () => {
    const failed = { ...huge, ours: { ...huge.ours, failure: 'exit 1: use --max-old-space-size -->' } };
    const written = `# Benchmarks\n\n${hugeSection({ result: failed, kept: false }, 10_000)}\n\n## Commands\n`;
    // Only the comment's own "<!--" and "-->".
    expect(recordHuge(failed).match(/--/g)).toHaveLength(2);
    expect(readHuge(written)).toEqual(failed);
  });

  it('are not read from a report without them, or with a damaged record', () => {
    expect(readHuge('# Benchmarks\n')).toBeUndefined();
    expect(readHuge('<!-- bench-huge {"stories": 10000} -->')).toBeUndefined();
    expect(readHuge('<!-- bench-huge {not json} -->')).toBeUndefined();
  });

  it('are dated as kept from an earlier run, or the section says the build was never run', () => {
    expect(hugeSection({ result: huge, kept: true }, 10_000)).toContain('Last run on 2026-12-05T10:00:00Z');
    expect(hugeSection({ result: { ...huge, stories: 200 }, kept: true }, 10_000)).toMatch(/^## N = 200 stories\n/);
    expect(hugeSection(undefined, 10_000)).toContain('Not run yet');
  });
});
