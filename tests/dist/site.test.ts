import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getAttributeValue, getElementsByTagName, findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, DIST, pagePath } from '../support/built-site.ts';

const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

interface BuiltPage {
  /** URL path of the page, under the base path. */
  path: string;
  file: string;
  html: string;
  ids: string[];
  /** Every href and src of the page. */
  links: string[];
}

function readPages(): BuiltPage[] {
  return builtHtmlFiles().map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const document = parseDocument(html);
    const elements = findAll(() => true, document.children);
    const ids = elements.map((element) => getAttributeValue(element, 'id')).filter((id): id is string => id !== undefined);
    const links = elements
      .flatMap((element) => [getAttributeValue(element, 'href'), getAttributeValue(element, 'src')])
      .filter((link): link is string => link !== undefined);
    return { path: pagePath(file, BASE), file, html, ids, links };
  });
}

const pages = readPages();
const byPath = new Map(pages.map((page) => [page.path, page]));

/** The file a URL path under the base path names in dist/, if there is one. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const inside = join(DIST, path.slice(BASE.length));
  if (existsSync(inside) && statSync(inside).isFile()) return inside;
  const index = join(inside, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe('the built site', () => {
  it('has a home page and at least one explainer with its statements export', () => {
    expect(byPath.has(BASE)).toBe(true);
    const explainers = pages.filter((page) => page.ids.includes('who-said-what'));
    expect(explainers.length).toBeGreaterThan(0);
    for (const page of explainers) expect(fileFor(`${page.path}statements.json`)).toBeDefined();
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s has unique ids', (_path, page) => {
    const duplicates = page.ids.filter((id, index) => page.ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s: every internal link and #anchor resolves',
    (_path, page) => {
      const broken: string[] = [];
      for (const link of page.links) {
        if (/^(https?:|mailto:|data:)/.test(link)) continue;
        const url = new URL(link, `http://site${page.path}`);
        const file = fileFor(decodeURIComponent(url.pathname));
        if (!file) {
          broken.push(`${link} (no such file)`);
          continue;
        }
        if (!url.hash) continue;
        const target = byPath.get(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target?.ids.includes(id)) broken.push(`${link} (no element with id "${id}")`);
      }
      expect(broken).toEqual([]);
    },
  );

  it('every statement anchor in statements.json points at a statement on its page', () => {
    for (const page of pages.filter((candidate) => candidate.ids.includes('who-said-what'))) {
      const file = fileFor(`${page.path}statements.json`) ?? '';
      const data = JSON.parse(readFileSync(file, 'utf8')) as { statements: { id: string; anchor: string }[] };
      expect(data.statements.length).toBeGreaterThan(0);
      for (const statement of data.statements) {
        expect(statement.anchor.endsWith(`${page.path}#${statement.id}`)).toBe(true);
        expect(page.ids).toContain(statement.id);
        expect(page.ids).toContain(`wsw-${statement.id}`);
      }
    }
  });

  it('ships no client JavaScript', () => {
    for (const page of pages) {
      const scripts = getElementsByTagName('script', parseDocument(page.html).children);
      expect(scripts.map((script) => getAttributeValue(script, 'src') ?? 'inline'), page.path).toEqual([]);
    }
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s is valid HTML', async (_path, page) => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: {
        // Astro writes void elements as <meta ...>; both forms are valid HTML.
        'void-style': 'off',
        // Long lines and inline styles are the minifier's output, not authored markup.
        'no-inline-style': 'off',
      },
    });
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
    expect(messages).toEqual([]);
  });
});
