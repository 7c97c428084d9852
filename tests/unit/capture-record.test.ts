/**
 * The parts of a capture, each on small pages made for the case: which place a fact is taken
 * from, how it is normalised, what the stored text keeps, how a page's bytes are decoded, and
 * the record and publisher a capture writes.
 */
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/source.ts';
import { articleParagraphs } from '../../scripts/lib/capture/article-text.ts';
import { decodeHtml } from '../../scripts/lib/capture/decode-html.ts';
import { extractPage } from '../../scripts/lib/capture/extract.ts';
import type { PageFacts } from '../../scripts/lib/capture/metadata.ts';
import {
  bylineNames,
  headline,
  primaryLanguage,
  publicationDay,
  siteName,
} from '../../scripts/lib/capture/normalise.ts';
import { matchPublisher } from '../../scripts/lib/capture/publisher-match.ts';
import { planCapture, type CaptureOptions } from '../../scripts/lib/capture/source-record.ts';
import { sha256Hex, sourceYaml, withSha256 } from '../../scripts/lib/capture/write-source.ts';

/** An article long enough for Readability to take it for one. */
const BODY = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${String(index + 1)} of the report, which says what the council decided about the bridge, when the work starts and what it costs the town.</p>`,
).join('\n');

function page(head: string, body = BODY, htmlAttributes = '') {
  return `<!doctype html><html ${htmlAttributes}><head>${head}</head><body><article>${body}</article></body></html>`;
}

const JSON_LD = `<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://news.example/#page', name: 'Not the article' },
    { '@type': 'Organization', '@id': 'https://news.example/#org', name: 'Example Gazette' },
    { '@type': 'Person', '@id': 'https://news.example/#jane', name: 'Jane Doe' },
    {
      '@type': ['ReportageNewsArticle'],
      headline: 'Bridge to reopen in June',
      author: { '@id': 'https://news.example/#jane' },
      publisher: { '@id': 'https://news.example/#org' },
      datePublished: '2024-03-05T23:30:00-08:00',
      inLanguage: 'en-GB',
      mainEntityOfPage: { '@id': 'https://news.example/bridge' },
    },
  ],
})}</script>`;

const OPEN_GRAPH = `
  <meta property="og:title" content="Bridge reopens | Example Gazette">
  <meta property="og:site_name" content="Example Gazette - all the news">
  <meta property="article:published_time" content="2024-03-06T08:00:00Z">
  <meta property="og:locale" content="pt_BR">
  <meta name="author" content="By John Roe">
  <meta property="og:url" content="https://news.example/og">
  <link rel="canonical" href="/bridge-canonical">`;

describe('the facts of a page', () => {
  it('are taken from JSON-LD first, even inside @graph and through references', () => {
    const { facts } = extractPage(page(JSON_LD + OPEN_GRAPH, BODY, 'lang="fr"'), 'https://news.example/x');
    expect(facts).toEqual({
      title: 'Bridge to reopen in June',
      siteName: 'Example Gazette',
      author: 'Jane Doe',
      date: '2024-03-05',
      language: 'en',
      url: 'https://news.example/bridge',
    });
  });

  it('then from Open Graph and other meta tags, without the site name, slogan or "By "', () => {
    const { facts } = extractPage(page(OPEN_GRAPH, BODY, 'lang="fr"'), 'https://news.example/x');
    expect(facts).toEqual({
      title: 'Bridge reopens',
      siteName: 'Example Gazette',
      author: 'John Roe',
      date: '2024-03-06',
      language: 'pt',
      url: 'https://news.example/bridge-canonical',
    });
  });

  it('then from microdata, passing over the bylines and days of related articles in an aside', () => {
    const related =
      '<aside><span itemprop="author">Related Author</span><time itemprop="datePublished" datetime="2020-01-01"></time></aside>';
    const byline =
      '<span itemprop="author" itemscope><span itemprop="name">Real Author</span></span><time itemprop="datePublished" datetime="2024-03-05T10:00">5 March</time>';
    const { facts } = extractPage(page('<title>Town news</title>', related + byline + BODY));
    expect(facts).toMatchObject({ author: 'Real Author', date: '2024-03-05' });
  });

  it("then from the page's own title and language, as Readability reads them", () => {
    const { facts } = extractPage(page('<title>Town news</title>', BODY, 'lang="de-AT"'));
    expect(facts).toEqual({
      title: 'Town news',
      siteName: undefined,
      author: undefined,
      date: undefined,
      language: 'de',
      url: undefined,
    });
  });

  it('takes JSON-LD given as a list, and passes over a script that does not parse', () => {
    const list = `<script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"Organization","name":"X"},
      {"@type":"NewsArticle","headline":"Listed","author":[{"name":"A. One"},{"name":"B. Two"}]}]</script>`;
    const { facts } = extractPage(page(list));
    expect(facts.title).toBe('Listed');
    expect(facts.author).toBe('A. One, B. Two');
  });

  it('refuses a page with no article text', () => {
    expect(() => extractPage(page('<title>Empty</title>', '<nav><a href="/">Home</a></nav>'))).toThrow(
      /No article text was found on the page/,
    );
  });
});

describe('normalising what a page says', () => {
  it.each([
    ['2015-04-30T07:19:58', '2015-04-30'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03'],
    ['2021-11-01T10:52:50+0100', '2021-11-01'],
    ['2017-01-13T00:00:04-05:00', '2017-01-13'],
    ['2016-02-01 01:28:49', '2016-02-01'],
    ['2016-02-30', undefined],
    ['Jan. 13, 2017', undefined],
  ])('takes the day of %s as written: %s', (timestamp, day) => {
    expect(publicationDay(timestamp)).toBe(day);
  });

  it.each([
    ['en-US', 'en'],
    ['fr_FR', 'fr'],
    ['CS', 'cs'],
    ['und', undefined],
    ['english', undefined],
  ])('takes the primary language of %s: %s', (tag, language) => {
    expect(primaryLanguage(tag)).toBe(language);
  });

  it('strips "By " and "Par " from bylines and refuses an address for a name', () => {
    expect(bylineNames('By Steven Mufson')).toBe('Steven Mufson');
    expect(bylineNames('Par Sébastien Farcis')).toBe('Sébastien Farcis');
    expect(bylineNames('Bylinda Hope')).toBe('Bylinda Hope');
    expect(bylineNames('https://www.theguardian.com/profile/eleanor-ainge-roy')).toBeUndefined();
  });

  it("drops a slogan from the site's name and the site's or author's name from a title", () => {
    expect(siteName('Aktuálně.cz - Víte, co se právě děje')).toBe('Aktuálně.cz');
    expect(headline('Obama admits … - BBC News', ['BBC News'])).toBe('Obama admits …');
    expect(headline('BBC News | Obama admits …', ['bbc news'])).toBe('Obama admits …');
    expect(headline('A - B | Eleanor Ainge Roy', ['Eleanor Ainge Roy'])).toBe('A - B');
    expect(headline('Vote – a yes or a no', ['The Site'])).toBe('Vote – a yes or a no');
  });
});

describe('the stored text of an article', () => {
  const paragraphsOf = (body: string) => {
    const { document } = parseHTML(`<html><body><div id="content">${body}</div></body></html>`);
    const content = document.querySelector('#content');
    if (!content) throw new Error('no content');
    return articleParagraphs(content);
  };

  it('gives blocks, list items, quotes and subheadings a paragraph each, spaces collapsed', () => {
    expect(
      paragraphsOf(`<p>One   sentence,
        wrapped.</p><h2>A subheading</h2><blockquote><p>Quoted.</p></blockquote>
        <ul><li>First item, with <a href="/x">a link</a></li><li>Second&nbsp;item</li></ul>
        <div>Lines<br>joined<br><br>until two breaks</div>`),
    ).toEqual([
      'One sentence, wrapped.',
      'A subheading',
      'Quoted.',
      'First item, with a link',
      'Second item',
      'Lines joined',
      'until two breaks',
    ]);
  });

  it('leaves out captions, asides, navigation, sharing, newsletters and related links', () => {
    expect(
      paragraphsOf(`<p>Kept.</p>
        <figure><img alt=""><figcaption>A caption</figcaption></figure><ul><li><p>A caption as a list</p></li></ul>
        <aside>An aside</aside><nav>Home</nav><div class="share-tools">Share this</div>
        <div id="newsletter-box">Sign up</div><p><a href="/related">Read more about it</a></p>
        <p>Lire aussi : <a href="/autre">Un autre article</a></p><div role="navigation">Menu</div>
        <p hidden>Hidden</p><p>Also kept.</p>`),
    ).toEqual(['Kept.', 'Also kept.']);
  });

  it('keeps a box whose name sounds like furniture when it holds most of the article', () => {
    expect(
      paragraphsOf(`<div class="body social-embeds"><p>${'Words of the article. '.repeat(20)}</p></div>`),
    ).toHaveLength(1);
  });
});

describe('decoding a page', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
  /** "中文" in GB2312. */
  const CHINESE = [0xd6, 0xd0, 0xce, 0xc4];

  it('reads the encoding a <meta> names when the bytes are not UTF-8', () => {
    expect(decodeHtml(bytes('<meta charset="gb2312"><p>', CHINESE, '</p>'))).toContain('<p>中文</p>');
  });

  it('reads UTF-8 bytes as UTF-8 whatever the <meta> says, and the server’s charset first', () => {
    const utf8 = Uint8Array.from(Buffer.from('<meta charset="gb2312"><p>中文</p>'));
    expect(decodeHtml(utf8)).toContain('<p>中文</p>');
    expect(decodeHtml(bytes('<p>', CHINESE, '</p>'), 'gbk')).toBe('<p>中文</p>');
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });
});

describe('the record of a capture', () => {
  const publishers = [
    { id: 'liberation', name: 'Libération.fr', url: 'https://www.liberation.fr/' },
    { id: 'bbc-news', name: 'BBC', url: 'https://www.bbc.com/' },
  ];
  const facts: PageFacts = {
    title: 'A title',
    siteName: 'Some Paper',
    author: 'Jane Doe',
    date: '2024-03-05',
    language: 'en',
    url: 'https://paper.example/a',
  };
  const plan = (options: Partial<CaptureOptions>, pageFacts = facts, fetchedFrom?: string) =>
    planCapture({
      facts: pageFacts,
      options: { id: 'paper-2024-03-05', ...options },
      fetchedFrom,
      publishers,
      captured: '2026-12-04',
      sha256: 'a'.repeat(64),
    });

  it('matches a publisher by its name without accents or case, or by its website without www.', () => {
    expect(matchPublisher({ siteName: 'LIBERATION.FR' }, publishers)?.publisher.id).toBe('liberation');
    expect(matchPublisher({ siteName: 'BBC News', url: 'http://bbc.com/news/1' }, publishers)).toEqual({
      publisher: publishers[1],
      by: 'website',
    });
    expect(matchPublisher({ siteName: 'Other', url: 'https://sport.bbc.com/' }, publishers)).toBeUndefined();
  });

  it("takes the editor's options over the page's facts, and suggests a Wayback address", () => {
    const result = plan({ title: 'Given', date: '2024-01-02', language: 'es', url: 'https://given.example/' });
    expect(result.plan?.source).toEqual({
      publisher: 'some-paper',
      title: 'Given',
      date: '2024-01-02',
      author: 'Jane Doe',
      language: 'es',
      url: 'https://given.example/',
      archiveUrl: 'https://web.archive.org/web/20261204/https://given.example/',
      captured: '2026-12-04',
      sha256: 'a'.repeat(64),
    });
    expect(result.plan?.newPublisher).toEqual({ id: 'some-paper', name: 'Some Paper', url: 'https://given.example/' });
    expect(plan({}, facts, 'https://fetched.example/a').plan?.source.url).toBe('https://fetched.example/a');
  });

  it('uses a known publisher named with --publisher, or makes a new one with that id', () => {
    expect(plan({ publisher: 'bbc-news' }).plan).toMatchObject({ publisherFound: 'option', newPublisher: undefined });
    expect(plan({ publisher: 'paper' }).plan?.newPublisher).toEqual({
      id: 'paper',
      name: 'Some Paper',
      url: 'https://paper.example/',
    });
  });

  it('names every missing fact and the option that gives it', () => {
    const result = plan({}, { title: 'Only a title' });
    expect(result.missing?.map((fact) => fact.option.split(' ')[0])).toEqual(['--date', '--language', '--publisher']);
    expect(plan({ publisher: 'x', date: '2024-01-01', language: 'en' }, { title: 'Only a title' }).plan).toBeDefined();
    expect(plan({}, { ...facts, siteName: '腾讯网' }).missing?.[0]?.option).toMatch(/^--publisher/);
  });

  it('writes YAML that the source schema reads back as the same record', () => {
    const { source } = plan({}).plan ?? {};
    if (!source) throw new Error('no record');
    const yaml = sourceYaml('paper-2024-03-05', source, 'https://paper.example/a');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/source.schema.json');
    expect(sourceSchema.parse(parse(yaml))).toEqual(source);
    expect(withSha256(yaml, sha256Hex('edited\n'))).toContain(`sha256: "${sha256Hex('edited\n')}"`);
    expect(withSha256('title: x\n', 'b')).toBeUndefined();
  });
});
