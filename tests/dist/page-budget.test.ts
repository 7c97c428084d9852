import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brotli, BuiltSite, sum, weighPage, type PageWeight } from '../../bench/lib/page-weight.ts';
import { BASE, builtHtmlFiles, DIST } from '../support/built-site.ts';

/**
 * Budgets for a reader on a phone and a slow network, in bytes received (brotli, quality 11).
 * 14 KB is what the first round trip of a new connection carries (TCP's initial window of ten
 * packets): the page and its render-blocking CSS in it paint without waiting for a second one.
 */
const KB = 1024;
const BUDGET = {
  /** The HTML and every stylesheet it links. */
  htmlAndCss: 14 * KB,
  /** Reading needs no JavaScript at all. */
  readingJs: 0,
  /** The optional enhancements (module scripts): the speaker highlight. */
  enhancementJs: 2 * KB,
  /** Everything the first view loads. */
  firstView: 30 * KB,
  /** Requests of the first view, the document included. */
  requests: 5,
};

const site = new BuiltSite(DIST, BASE);

/** The default story: the newest listed, first in the site's statements export. */
function defaultStoryFile(): string {
  const exported = JSON.parse(readFileSync(join(DIST, 'statements.json'), 'utf8')) as { stories: { slug: string }[] };
  const slug = exported.stories[0]?.slug;
  if (!slug) throw new Error('dist/statements.json lists no story: build the site with at least one published story');
  return `${slug}/index.html`;
}

const files = builtHtmlFiles();
/** The largest page as a reader receives it, compressed. */
const largest = files
  .map((file) => ({ file, bytes: brotli(readFileSync(join(DIST, file))) }))
  .reduce((a, b) => (b.bytes > a.bytes ? b : a));
const measured = [...new Set([defaultStoryFile(), largest.file])].map((file) => weighPage(site, file));

console.log(`Page budgets (bytes, brotli quality 11; base path ${site.base}):`);
console.table(
  Object.fromEntries(
    measured.map((page) => [
      page.file,
      {
        'HTML + CSS': `${String(page.html + page.css)} / ${String(BUDGET.htmlAndCss)}`,
        'reading JS': `${String(sum(page.readingScripts))} / ${String(BUDGET.readingJs)}`,
        'enhancement JS': `${String(sum(page.enhancementScripts))} / ${String(BUDGET.enhancementJs)}`,
        'first view': `${String(page.firstView)} / ${String(BUDGET.firstView)}`,
        requests: `${String(page.requests)} / ${String(BUDGET.requests)}`,
        'other origins': page.foreign.length,
        'web fonts': page.webFonts.length,
      },
    ]),
  ),
);

const cases = measured.map((page) => [page.file, page] as const);
const list = (items: readonly { where: string; bytes: number }[]) =>
  items.map((item) => `${item.where} ${String(item.bytes)} B`).join(', ');

describe('the default story and the largest page stay within budget', () => {
  it.each(cases)('%s: HTML and render-blocking CSS fit in 14 KB', (_file, page) => {
    const css = page.resources.filter((resource) => resource.kind === 'stylesheet');
    expect(
      page.html + page.css,
      `HTML ${String(page.html)} B + CSS ${String(page.css)} B (${css.map((r) => `${r.url} ${String(r.bytes)} B`).join(', ')})`,
    ).toBeLessThanOrEqual(BUDGET.htmlAndCss);
  });

  it.each(cases)('%s: needs no JavaScript to be read', (_file, page) => {
    expect(sum(page.readingScripts), `classic scripts: ${list(page.readingScripts)}`).toBe(BUDGET.readingJs);
  });

  it.each(cases)('%s: its enhancement scripts weigh at most 2 KB', (_file, page) => {
    expect(sum(page.enhancementScripts), `module scripts: ${list(page.enhancementScripts)}`).toBeLessThanOrEqual(
      BUDGET.enhancementJs,
    );
  });

  it.each(cases)('%s: its first view loads at most 30 KB in at most 5 requests', (_file, page) => {
    const loaded = `the document, then ${page.resources.map((r) => `${r.url} ${String(r.bytes)} B`).join(', ')}`;
    expect(page.firstView, loaded).toBeLessThanOrEqual(BUDGET.firstView);
    expect(page.requests, loaded).toBeLessThanOrEqual(BUDGET.requests);
    expect(page.resources.filter((resource) => resource.missing).map((resource) => resource.url)).toEqual([]);
  });

  it.each(cases)('%s: loads nothing from another origin', (_file, page) => {
    expect(page.foreign).toEqual([]);
  });

  it.each(cases)('%s: has no web font, or one that never delays the text', (_file, page) => {
    const blocking = page.webFonts.filter((font) => font.display !== 'optional');
    expect(blocking, 'an @font-face needs font-display: optional').toEqual([]);
  });
});

describe('every page', () => {
  const pages: PageWeight[] = files.map((file) => weighPage(site, file));

  it('needs no JavaScript to be read, and its enhancement scripts weigh at most 2 KB', () => {
    const over = pages
      .filter((page) => sum(page.readingScripts) > BUDGET.readingJs || sum(page.enhancementScripts) > BUDGET.enhancementJs)
      .map((page) => `${page.file}: classic ${list(page.readingScripts)}; module ${list(page.enhancementScripts)}`);
    expect(over).toEqual([]);
  });
});
