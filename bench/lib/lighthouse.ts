/**
 * Lighthouse, mobile (its default: a mid-range phone on a slow 4G network, simulated), on a
 * page of the built site: the four category scores and three metrics, the median of several
 * runs, in one headless Chromium.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './measure.ts';

const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  /** Category scores, 0 to 100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Largest Contentful Paint, in milliseconds. */
  lcpMs: number;
  cls: number;
  /** Total Blocking Time, in milliseconds. */
  tbtMs: number;
  runs: number;
  /** The scored audits that did not pass in some run, as "category: audit title". */
  failing: string[];
}

interface OneRun {
  scores: number[];
  lcpMs: number;
  cls: number;
  tbtMs: number;
  failing: string[];
}

/** Runs Lighthouse `runs` times on each URL; the figures are the medians. */
export async function runLighthouse(urls: readonly string[], runs: number, progress: (line: string) => void) {
  const chrome = await launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const results = new Map<string, LighthouseResult>();
    for (const url of urls) {
      const all: OneRun[] = [];
      for (let run = 1; run <= runs; run += 1) {
        progress(`lighthouse ${url} run ${String(run)}/${String(runs)}`);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
        all.push({
          scores: CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100)),
          lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
          tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
          failing: CATEGORIES.flatMap((category) =>
            (categories[category]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0)
              .flatMap((ref) => {
                const audit = audits[ref.id];
                return audit && audit.score !== null && audit.score < 1 ? [`${category}: ${audit.title}`] : [];
              }),
          ),
        });
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((category, index) => [category, median(all.map((one) => one.scores[index] ?? 0))]),
      ) as LighthouseResult['scores'];
      results.set(url, {
        scores,
        lcpMs: median(all.map((one) => one.lcpMs)),
        cls: median(all.map((one) => one.cls)),
        tbtMs: median(all.map((one) => one.tbtMs)),
        runs,
        failing: [...new Set(all.flatMap((one) => one.failing))],
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
