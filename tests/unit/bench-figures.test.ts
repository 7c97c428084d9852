/**
 * The benchmark's arithmetic and readings of build logs: the growth per added story, the
 * largest pages, what a failed build is recorded as, and the options that choose the parts.
 */
import { describe, expect, it } from 'vitest';
import { pagesBuilt, reusedPages, routesWritten } from '../../bench/lib/build-log.ts';
import { shown } from '../../bench/lib/builds.ts';
import { failureLine, hugeBuild, hugeHeapMiB, withHeap } from '../../bench/lib/huge.ts';
import { largestPages, linkedStylesheets } from '../../bench/lib/largest-pages.ts';
import { perAddedStory, type MemoryResult } from '../../bench/lib/memory.ts';
import { firstQuote } from '../../bench/lib/newsroom-edits.ts';
import { parseOptions, runsPart } from '../../bench/lib/options.ts';

const memory: MemoryResult = {
  low: { stories: 1000, ours: { seconds: 70, peakMiB: 4000 }, stock: { seconds: 18, peakMiB: 1700 }, from: 'scaling' },
  high: { stories: 3000, ours: { seconds: 210, peakMiB: 9000 }, stock: { seconds: 50, peakMiB: 3700 }, from: 'memory' },
};

describe('the growth per added story', () => {
  it('divides what the larger build adds by the stories it adds, in MiB and milliseconds', () => {
    expect(perAddedStory(memory, 'ours')).toEqual({ mibPerStory: 2.5, msPerStory: 70 });
    expect(perAddedStory(memory, 'stock')).toEqual({ mibPerStory: 1, msPerStory: 16 });
  });

  it('is negative when the larger build took less, rather than hiding it', () => {
    const shrunk = { ...memory, high: { ...memory.high, stock: { seconds: 10, peakMiB: 1500 } } };
    expect(perAddedStory(shrunk, 'stock').mibPerStory).toBe(-0.1);
  });
});

describe('the largest pages', () => {
  const pages = [
    { file: 'a/index.html', html: 9000, css: 4000 },
    { file: 'index.html', html: 15000, css: 4000 },
    { file: 'c/index.html', html: 8000, css: 5000 },
    { file: 'b/index.html', html: 100, css: 4000 },
  ];

  it('ranks by HTML and CSS together, largest first, and keeps as many as asked', () => {
    expect(largestPages(pages, 2).map((page) => page.file)).toEqual(['index.html', 'a/index.html']);
  });

  it('puts pages of the same size in the order of their paths, whatever order they came in', () => {
    const ranked = largestPages([...pages].reverse(), 4).map((page) => page.file);
    expect(ranked).toEqual(['index.html', 'a/index.html', 'c/index.html', 'b/index.html']);
  });

  it('are estimated with the style sheets a page links, not its icons or preloads', () => {
    const head = [
      '<link rel="icon" href="/favicon.svg">',
      '<link rel="stylesheet" href="/_astro/story.css">',
      '<link href=/_astro/print.css rel=stylesheet media=print>',
      '<link rel="preload" as="style" href="/_astro/later.css">',
    ].join('');
    expect(linkedStylesheets(head)).toEqual(['/_astro/story.css', '/_astro/print.css']);
  });

  it('gives what there is when fewer pages than asked were built', () => {
    expect(largestPages(pages.slice(0, 1), 5)).toHaveLength(1);
    expect(largestPages([], 5)).toEqual([]);
  });
});

describe('the heap of a build of many stories', () => {
  const site = {
    name: 'ours',
    out: '/tmp/out',
    state: [],
    command: { command: 'node', args: ['build'], cwd: '/tmp', env: { PATH: '/bin' } },
  };

  it('is three quarters of the machine’s memory', () => {
    expect(hugeHeapMiB(24 * 1024 ** 3)).toBe(18432);
    expect(hugeHeapMiB(8 * 1024 ** 3)).toBe(6144);
  });

  it('is set for the build, after the options it already had, and shown in its command', () => {
    expect(withHeap(site, 6144).command.env['NODE_OPTIONS']).toBe('--max-old-space-size=6144');
    const traced = { ...site, command: { ...site.command, env: { NODE_OPTIONS: '--trace-gc' } } };
    expect(withHeap(traced, 6144).command.env['NODE_OPTIONS']).toBe('--trace-gc --max-old-space-size=6144');
    expect(shown(withHeap(site, 6144).command)).toContain('NODE_OPTIONS=--max-old-space-size=6144');
    expect(site.command.env).toEqual({ PATH: '/bin' });
  });
});

describe('a build of many stories that fails', () => {
  const oom = [
    '12:00:01 [build] generating static routes',
    '<--- Last few GCs --->',
    'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    ' 1: 0xb8d0a3 node::Abort() [node]',
  ].join('\n');

  it('is recorded with the line that says why, not the stack under it', () => {
    expect(failureLine(oom)).toBe('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
  });

  it('falls back to the last line when none names an error, and says so when there is none', () => {
    expect(failureLine('building\nstopped\n\n')).toBe('stopped');
    expect(failureLine('')).toBe('(no output)');
  });

  it('names the signal that ended it, and counts no pages', () => {
    const build = hugeBuild({ seconds: 600, peakMiB: 22000, status: 128, signal: 'SIGKILL', output: oom });
    expect(build.failure).toBe(`killed by SIGKILL: ${failureLine(oom)}`);
    expect(build.pages).toBeUndefined();
  });

  it('records a finished build by the pages Astro says it built', () => {
    const output = '12:00:00 [build] 50004 page(s) built in 812.3s\n12:00:00 [build] Complete!';
    const build = hugeBuild({ seconds: 820, peakMiB: 9000, status: 0, signal: undefined, output });
    expect(build).toEqual({ seconds: 820, peakMiB: 9000, pages: 50004, failure: undefined });
  });
});

describe('Astro’s log of a rebuild', () => {
  const log = [
    '17:15:09   ├─ /404.html17:15:09   ├─ /people/ana-adler/index.html (+69ms) ',
    '17:15:09   ├─ /story-0001/card.png (restored)',
    '17:15:09   ├─ /story-0002/index.html (cached)',
    '17:15:09   ├─ /story-0003/index.html (+12ms) ',
    '17:15:13 [build] 360 page(s) built in 7.42s',
  ].join('\n');

  it('counts the pages copied from the last build, restored or cached, and no page rendered', () => {
    expect(reusedPages(log)).toBe(2);
  });

  it('counts every file written for a route, rendered or copied, also when two share a line', () => {
    expect(routesWritten(log)).toBe(5);
  });

  it('reads how many pages were built, or nothing when the build did not say', () => {
    expect(pagesBuilt(log)).toBe(360);
    expect(pagesBuilt('no count here')).toBeUndefined();
  });
});

describe('the quote a newsroom edit changes', () => {
  it('is the first direct quote of the article, with its speaker, source and id', () => {
    const index = [
      'Ana said that <Said by="ana-adler" mode="paraphrase" source="s-1" date="2019-01-06" id="said-3">they met</Said>.',
      'Bo said: <Said by="bo-berg" mode="direct" source="s-2" date="2019-01-06" venue="Radio interview" id="said-4">We met.</Said>',
    ].join('\n');
    expect(firstQuote(index)).toEqual({ by: 'bo-berg', source: 's-2', id: 'said-4', words: 'We met.' });
  });
});

describe('the options that choose the parts', () => {
  it('leaves the build of many stories out of the full run, which --huge adds to it', () => {
    const full = parseOptions([]);
    expect(full.full).toBe(true);
    expect(runsPart(full, 'huge')).toBe(false);
    expect(runsPart(full, 'memory')).toBe(true);
    const huge = parseOptions(['--huge']);
    expect(huge.full).toBe(true);
    expect(runsPart(huge, 'huge')).toBe(true);
  });

  it('makes a run of one part, or at other sizes, a trial', () => {
    const trial = parseOptions(['--only', 'huge', '--huge-stories', '200']);
    expect(trial.full).toBe(false);
    expect(trial.hugeStories).toBe(200);
    expect(runsPart(trial, 'huge')).toBe(true);
    expect(runsPart(trial, 'scaling')).toBe(false);
    expect(parseOptions(['--memory-sizes', '50,150']).memorySizes).toEqual([50, 150]);
    expect(parseOptions(['--incremental-stories', '60']).full).toBe(false);
  });

  it('refuses memory sizes that are not two numbers, the smaller first', () => {
    expect(() => parseOptions(['--memory-sizes', '3000,1000'])).toThrow('two numbers of stories');
    expect(() => parseOptions(['--memory-sizes', '1000'])).toThrow('two numbers of stories');
  });
});
