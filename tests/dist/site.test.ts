import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getAttributeValue, findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BASE, builtHtmlFiles, DIST, pagePath } from '../support/built-site.ts';
import { builtScripts, ENHANCEMENT_ELEMENT, SEARCH_ELEMENT } from './scripts.ts';


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

  it('ships no HTML comment: a note in a component’s markup is for its authors, not for every reader to download', () => {
    const commented = builtHtmlFiles().flatMap((file) => {
      const found = /<!--[\s\S]*?-->/.exec(readFileSync(join(DIST, file), 'utf8'));
      return found ? [`${file}: ${found[0].slice(0, 80)}`] : [];
    });
    expect(commented).toEqual([]);
  });

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

  it('ships two scripts, each a file of its own: the reading enhancement on each story page, the search form on the search page', () => {
    const scripts = builtScripts();
    const stories = pages.filter((page) => page.ids.includes('who-said-what')).map((page) => page.file);
    expect(scripts.map((script) => script.file)).toEqual([...stories, 'search/index.html'].sort());
    for (const script of scripts) {
      const search = script.file === 'search/index.html';
      const element = search ? SEARCH_ELEMENT : ENHANCEMENT_ELEMENT;
      expect(script.type, script.file).toBe('module');
      // Never inlined: the bytes of a story page's first round trip go to its text, and the
      // script, loaded after the first paint, is cached from one page to the next.
      expect(script.src, script.file).toMatch(/\/_astro\/[^/]+\.js$/);
      expect(script.code, script.file).toMatch(new RegExp(`customElements\\.define\\(\\s*[\`'"]${element}[\`'"]`));
    }
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s names the order of the cascade layers before any style sheet',
    (_path, page) => {
      // Whichever sheet names a layer first fixes the order: the components must come last.
      const first = /<style>([^<]*)<\/style>|<link rel="stylesheet"[^>]*>/.exec(page.html);
      expect(first?.[1]).toBe('@layer reset, tokens, base, components;');
    },
  );

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

describe('the pages across stories', () => {
  interface SiteStatements {
    stories: { slug: string; url: string }[];
    statements: { id: string; story: string; anchor: string }[];
  }
  interface People {
    people: { id: string; name: string; description: string; spellings: string[]; roles: unknown[]; statements: string[]; url: string }[];
  }
  const readJson = (path: string): unknown => JSON.parse(readFileSync(fileFor(path) ?? '', 'utf8'));
  /** The path of an exported URL, absolute or not. */
  const pathOf = (url: string) => new URL(url, 'http://site').pathname;

  it('has the people list, a page for each person it lists, and the timeline', () => {
    for (const path of ['people/', 'people/yuri-ushakov/', 'timeline/']) expect(byPath.has(`${BASE}${path}`), path).toBe(true);
    const list = byPath.get(`${BASE}people/`);
    expect(list?.links).toContain(`${BASE}people/yuri-ushakov/`);
    expect(list?.html).toContain('Yuri Ushakov');
  });

  it('lists the timeline’s dates in order', () => {
    const timeline = parseDocument(byPath.get(`${BASE}timeline/`)?.html ?? '');
    const dates = findAll((element) => element.name === 'time', timeline.children)
      .map((element) => getAttributeValue(element, 'datetime') ?? '')
      .filter(Boolean);
    expect(dates.length).toBeGreaterThan(1);
    // A date given to the month only ("2025-10") follows the days of its month.
    const key = (date: string) => (date.length === 7 ? `${date}-99` : date);
    expect(dates).toEqual([...dates].sort((a, b) => key(a).localeCompare(key(b))));
  });

  it('/statements.json holds every statement of every story’s own export, each anchored on its page', () => {
    const site = (readJson(`${BASE}statements.json`) as SiteStatements);
    const perStory = site.stories.flatMap((story) =>
      (readJson(`${pathOf(story.url)}statements.json`) as SiteStatements).statements.map((s) => `${s.story}#${s.id}`),
    );
    expect(site.stories.length).toBeGreaterThan(0);
    expect(site.statements.map((s) => `${s.story}#${s.id}`)).toEqual(perStory);
    for (const statement of site.statements) {
      const page = byPath.get(pathOf(statement.anchor));
      expect(page?.ids, statement.anchor).toContain(statement.id);
    }
  });

  it('/people.json lists everyone with a page, their statements by story#id, Ushakov’s from two stories or more', () => {
    const { people } = (readJson(`${BASE}people.json`) as People);
    const statements = new Set(
      (readJson(`${BASE}statements.json`) as SiteStatements).statements.map((s) => `${s.story}#${s.id}`),
    );
    for (const person of people) {
      expect(pathOf(person.url)).toBe(`${BASE}people/${person.id}/`);
      expect(byPath.has(pathOf(person.url)), person.id).toBe(true);
      expect(person.name.length * person.description.length * person.roles.length).toBeGreaterThan(0);
      for (const statement of person.statements) expect(statements, statement).toContain(statement);
    }
    const ushakov = people.find((person) => person.id === 'yuri-ushakov');
    expect(new Set(ushakov?.statements.map((statement) => statement.split('#')[0])).size).toBeGreaterThanOrEqual(2);
  });
});
