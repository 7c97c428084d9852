/**
 * The largest pages of a build as the page budget weighs them: each page's HTML and the style
 * sheets it links, brotli-compressed at quality 11 (`page-weight.ts`). Quality 11 takes about
 * 50 ms a page, too long for the tens of thousands of pages of 10,000 stories: every page is
 * first ranked by a fast estimate (its HTML at quality 5, its linked style sheets), and only
 * the largest by that estimate are weighed exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, brotliCompressSync } from 'node:zlib';
import { BuiltSite, weighPage } from './page-weight.ts';

/** What the page budget holds to 14 KB: the first round trip of a new connection. */
export const HTML_AND_CSS_BUDGET = 14 * 1024;

export interface PageSize {
  /** The HTML file, relative to the build folder. */
  file: string;
  /** Bytes received of the HTML. */
  html: number;
  /** Bytes received of the style sheets it links. */
  css: number;
}

/** The `count` largest by HTML + CSS, largest first; pages of the same size by path. */
export function largestPages(pages: readonly PageSize[], count: number): PageSize[] {
  return [...pages].sort((a, b) => b.html + b.css - (a.html + a.css) || a.file.localeCompare(b.file)).slice(0, count);
}

/** A build whose files are weighed once each: every page links the same few style sheets. */
class WeighedOnce extends BuiltSite {
  private readonly weighed = new Map<string, number>();

  override bytesOf(file: string): number {
    const known = this.weighed.get(file);
    if (known !== undefined) return known;
    const bytes = super.bytesOf(file);
    this.weighed.set(file, bytes);
    return bytes;
  }
}

/** Pages weighed exactly for each one listed: the estimate's order may differ from the exact one's. */
const CANDIDATES_PER_PAGE = 10;

const quickBrotli = (data: Buffer) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;

/** The style sheets a page links, by address as written. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel=["']?[^"'>]*\bstylesheet\b/i.test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '')
    .filter(Boolean);
}

/** Weighs every HTML page of a build; returns how many there are and the `count` largest. */
export function weighLargestPages(
  dist: string,
  count: number,
  progress: (line: string) => void,
): { pages: number; largest: PageSize[] } {
  const site = new WeighedOnce(dist);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  const estimates = files.map((file, index) => {
    if (index > 0 && index % 5000 === 0) progress(`estimated ${String(index)} of ${String(files.length)} pages`);
    const html = readFileSync(join(dist, file));
    const sheets = linkedStylesheets(html.toString('utf8')).map((href) => site.fileFor(href, site.pagePath(file)));
    const css = sheets.reduce((total, sheet) => total + (sheet ? site.bytesOf(sheet) : 0), 0);
    return { file, html: quickBrotli(html), css };
  });
  const candidates = largestPages(estimates, count * CANDIDATES_PER_PAGE);
  progress(`weighing the ${String(candidates.length)} largest of ${String(files.length)} pages exactly`);
  const exact = candidates.map(({ file }) => {
    const { html, css } = weighPage(site, file);
    return { file, html, css };
  });
  return { pages: files.length, largest: largestPages(exact, count) };
}
