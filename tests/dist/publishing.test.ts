import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { BASE, builtHtmlFiles, DIST, pagePath } from '../support/built-site.ts';

/** What search engines, feed readers and social networks read of the built site. */
const SITE = process.env['SITE_URL'] || undefined;

interface Page {
  file: string;
  path: string;
  html: string;
  meta: (key: string) => string | undefined;
  link: (rel: string) => string | undefined;
  jsonLd: unknown[];
}

const pages: Page[] = builtHtmlFiles().map((file) => {
  const html = readFileSync(join(DIST, file), 'utf8');
  const elements = findAll(() => true, parseDocument(html).children);
  const metas = elements.filter((element) => element.name === 'meta');
  return {
    file,
    path: pagePath(file, BASE),
    html,
    meta: (key) =>
      metas.find((meta) => meta.attribs['property'] === key || meta.attribs['name'] === key)?.attribs['content'],
    link: (rel) => elements.find((element) => element.name === 'link' && element.attribs['rel'] === rel)?.attribs['href'],
    jsonLd: elements
      .filter((element) => element.name === 'script' && element.attribs['type'] === 'application/ld+json')
      .map((script) => JSON.parse(textContent(script)) as unknown),
  };
});
const stories = pages.filter((page) => page.html.includes('id="who-said-what"'));
const people = pages.filter((page) => /^people\/[^/]+\/index\.html$/.test(page.file));
/** An address as the site writes it: absolute under SITE_URL when it is set, else the path. */
const address = (path: string) => (SITE ? new URL(path, SITE).href : path);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

interface Person {
  '@type': string;
  '@id': string;
  name: string;
  alternateName?: string[];
  url: string;
}
interface Quotation {
  '@type': string;
  text: string;
  url: string;
  creator: { '@id': string };
}
interface Article {
  '@type': string;
  headline: string;
  url: string;
  datePublished: string;
  dateModified: string;
  image?: string;
  publisher: { '@type': string; name: string };
  citation: { '@type': string; name: string; publisher: { name: string } }[];
  mentions: Person[];
  hasPart: Quotation[];
}

describe('every page', () => {
  it.each(pages.map((page) => [page.file, page] as const))(
    '%s has a title, a description, a canonical address and the tags of a shared link',
    (_file, page) => {
      expect(page.html).toMatch(/<title>[^<]+<\/title>/);
      expect(page.meta('description')?.length).toBeGreaterThan(10);
      if (page.file === '404.html') {
        expect(page.meta('robots')).toBe('noindex');
        return;
      }
      expect(page.link('canonical')).toBe(address(page.path));
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title']) {
        expect(page.meta(key), key).toBeTruthy();
      }
      expect(page.meta('og:url')).toBe(SITE ? address(page.path) : undefined);
    },
  );

  it('has a 404 page that leads back into the site', () => {
    const notFound = pages.find((page) => page.file === '404.html');
    expect(notFound?.html).toContain(`href="${BASE}"`);
    expect(notFound?.html).toContain(`href="${BASE}search/"`);
  });
});

describe('a story page', () => {
  it.each(stories.map((page) => [page.path, page] as const))('%s shares its own card', (_path, page) => {
    expect(page.meta('og:type')).toBe('article');
    if (!SITE) {
      // A card needs an absolute address: without SITE_URL the page names none.
      expect(page.meta('og:image')).toBeUndefined();
      return;
    }
    const card = `${page.path}card.png`;
    expect(page.meta('og:image')).toBe(address(card));
    expect(page.meta('twitter:image')).toBe(address(card));
    expect(page.meta('twitter:card')).toBe('summary_large_image');
    expect(page.meta('og:image:alt')?.length).toBeGreaterThan(10);
    expect(existsSync(join(DIST, card.slice(BASE.length)))).toBe(true);
  });

  it.each(stories.map((page) => [page.path, page] as const))(
    '%s is a NewsArticle whose every statement is a Quotation by a Person',
    (_path, page) => {
      expect(page.jsonLd).toHaveLength(1);
      const article = page.jsonLd[0] as Article;
      const exported = JSON.parse(read(`${page.file.replace(/index\.html$/, '')}statements.json`)) as {
        story: { title: string };
        statements: { id: string; speaker: { name: string } }[];
      };
      expect(article['@type']).toBe('NewsArticle');
      expect(article.headline).toBe(page.meta('og:title'));
      expect(article.url).toBe(address(page.path));
      expect(article.datePublished).toBe(page.meta('article:published_time'));
      expect(article.dateModified >= article.datePublished).toBe(true);
      expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'Explainers' });
      expect(article.citation.length).toBeGreaterThan(0);
      for (const source of article.citation) {
        expect(source['@type']).toBe('CreativeWork');
        expect(source.name && source.publisher.name).toBeTruthy();
      }
      // Each statement names its speaker by node id: the person must be in the article.
      const people = new Map(article.mentions.map((person) => [person['@id'], person]));
      expect(article.hasPart.map((part) => [part['@type'], part.url, people.get(part.creator['@id'])?.name])).toEqual(
        exported.statements.map((s) => ['Quotation', `${address(page.path)}#${s.id}`, s.speaker.name]),
      );
      for (const part of article.hasPart) {
        expect(part.creator['@id']).toMatch(new RegExp(`${BASE}people/[a-z0-9-]+/$`));
        expect(people.get(part.creator['@id'])?.['@type']).toBe('Person');
      }
    },
  );

  it('names a person’s other spellings, and escapes “<” inside its JSON-LD', () => {
    const people = stories.flatMap((page) => (page.jsonLd[0] as Article).mentions);
    const ushakov = people.find((person) => person.name === 'Yuri Ushakov');
    expect(ushakov?.alternateName).toContain('Yury Ushakov');
    for (const page of stories) {
      const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.html)?.[1] ?? '';
      expect(script.length).toBeGreaterThan(0);
      expect(script).not.toContain('<');
    }
  });
});

describe('a person’s page', () => {
  it.each(people.map((page) => [page.path, page] as const))('%s is a Person', (_path, page) => {
    const person = page.jsonLd[0] as { '@type': string; name: string; url: string; jobTitle?: string };
    expect(person).toMatchObject({ '@type': 'Person', url: address(page.path) });
    expect(page.html).toMatch(new RegExp(`<h1[^>]*>${person.name}</h1>`));
  });
});

describe.runIf(SITE)('with the site’s address set', () => {
  it('has robots.txt naming the sitemap, and a sitemap of every story and person page', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${address(`${BASE}sitemap-index.xml`)}`);
    const index = read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((sitemap) => [
      ...read(new URL(sitemap).pathname.slice(BASE.length)).matchAll(/<loc>([^<]+)<\/loc>/g),
    ]);
    const urls = listed.map((match) => match[1]);
    for (const page of [...stories, ...people]) expect(urls).toContain(address(page.path));
    expect(urls).not.toContain(address(`${BASE}404/`));
  });

  it('has an RSS feed of every story and its dated updates, linked from each page', () => {
    const feed = read('rss.xml');
    const items = [...feed.matchAll(/<item>(.*?)<\/item>/gs)].map((match) => match[1] ?? '');
    const links = items.map((item) => /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '');
    for (const page of stories) expect(links).toContain(address(page.path));
    const updates = links.filter((link) => link.includes('#update-'));
    expect(updates.length).toBeGreaterThan(0);
    for (const link of updates) {
      const url = new URL(link);
      const page = stories.find((story) => story.path === url.pathname);
      expect(page?.html, link).toContain(`id="${url.hash.slice(1)}"`);
    }
    const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const page of pages) {
      if (page.file !== '404.html') expect(page.html, page.file).toContain(`href="${BASE}rss.xml"`);
    }
  });
});

describe.runIf(!SITE)('without the site’s address', () => {
  it('writes no feed, sitemap or robots.txt, which need absolute addresses', () => {
    for (const file of ['rss.xml', 'sitemap-index.xml', 'robots.txt']) expect(existsSync(join(DIST, file)), file).toBe(false);
  });
});
