/**
 * The capture of a source from its page (scripts/lib/capture/), on ten news pages as browsers
 * received them: the facts read from each, the text stored from each, and the quote check on
 * that text. The pages live in ../shared/pages beside the project (README.md there says where
 * they come from), or in SAVED_PAGES_DIR (see tests/support/saved-pages.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { checkQuote } from '../../src/lib/check/quote-match.ts';
import { storedText } from '../../scripts/lib/capture/article-text.ts';
import { extractPage, type ExtractedPage } from '../../scripts/lib/capture/extract.ts';
import type { PageFacts } from '../../scripts/lib/capture/metadata.ts';
import {
  bylineNames,
  headline,
  primaryLanguage,
  publicationDay,
  siteName,
} from '../../scripts/lib/capture/normalise.ts';
import { describeEachSavedPage, SAVED_PAGES } from '../support/saved-pages.ts';

const PAGES = SAVED_PAGES;

/** What Readability found on a page, as the page's expected-metadata.json says. */
interface ReadabilityMetadata {
  title: string | null;
  byline: string | null;
  lang?: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

interface SavedPage {
  name: string;
  /** Facts the page gives that Readability does not read, each with where the page gives it. */
  beyondReadability: PageFacts;
  /** A sentence of the article, to be found as a quote in the stored text. */
  quote: string;
  /** Lines of the page's navigation, adverts and related links: never in the stored text. */
  furniture: string[];
  /** Paragraphs Readability keeps that are not the article's words (captions, "related" links): left out. */
  leftOut?: string[];
}

const SAVED_PAGE_CASES: SavedPage[] = [
  {
    name: 'aktualne',
    beyondReadability: {},
    quote:
      'West Ham je opět v kurzu, nadšené ohlasy po nedělní jasné výhře 4:1 na hřišti Aston Villy zaplnily anglický mediální prostor.',
    furniture: ['Sdílet článek', 'To se mi líbí', 'Osobní finance', 'Redakční blog'],
  },
  {
    name: 'bbc-1',
    beyondReadability: {},
    quote: 'For us not to be able to resolve that issue has been something that is distressing',
    furniture: ['Skip to content', 'Accessibility Help', 'Entertainment & Arts', 'Technology of Business'],
    leftOut: [
      'Read the full transcript of his interview',
      'The president said he would continue fighting for greater gun control laws',
      'Five things we learned from Obama interview',
    ],
  },
  {
    name: 'cnn',
    // <meta name="date" content="2016-02-01 01:28:49">; the page names no language.
    beyondReadability: { date: '2016-02-01' },
    quote: 'The report also suggested the U.S. might not be the "jobs machine" it thinks it is',
    furniture: ['Market Movers', 'Investing Guide', 'Microsoft unveils new, nicer chat bot', 'Log In Log Out'],
    leftOut: [
      'Related: Rich are paying more in taxes but not as much as they used to',
      "Related: Chicago is America's most segregated city",
    ],
  },
  {
    name: 'guardian-1',
    beyondReadability: {},
    quote: 'Man’s greed in the ocean is hurting the whales',
    furniture: ['The Guardian - Back to home', 'Make a contribution', 'switch to the UK edition', 'Discount Codes'],
    leftOut: [
      'Hori Parata at his Pātaua farm, the place where he was born and grew up',
      'Whangārei Harbour seen from Tamaterau, with mangrove sprouts coming up through the harbourside silt',
    ],
  },
  {
    name: 'la-nacion',
    // <meta name="application-name" content="LA NACION">; no day, no language.
    beyondReadability: { siteName: 'LA NACION' },
    quote: 'La protesta social es indisociable de la democracia.',
    furniture: ['Últimas Noticias', 'Más Leídas', 'Club LA NACION', 'Guía de Teatro'],
    leftOut: ['Foto: LA NACION'],
  },
  {
    name: 'lemonde-1',
    // <time itemprop="datePublished" datetime="2015-05-04T13:36:31+02:00">
    beyondReadability: { date: '2015-05-04' },
    quote:
      'Retour sur ses principales dispositions, après son passage en commission des lois et après le débat en séance publique.',
    furniture: ["S'abonner au Monde à partir de 1 €", 'Boutique Le Monde', 'Annonces emploi'],
    leftOut: [
      'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement',
      'Revivez le direct du vote à l’Assemblée avec vos questions.',
    ],
  },
  {
    name: 'liberation-1',
    // <span itemprop="author"><span itemprop="name">AFP</span></span>; Readability's
    // "Par Sébastien Farcis" is the byline of a related article in an <aside>.
    beyondReadability: { author: 'AFP' },
    quote: 'Des dizaines de milliers de personnes sont sans abri.',
    furniture: ['Se déconnecter', 'Abonnez-vous 1€ le premier mois', 'Forums thématiques'],
  },
  {
    name: 'nytimes-1',
    // <meta property="article:published" content="2017-01-13T00:00:04-05:00">; no site name.
    beyondReadability: { date: '2017-01-13' },
    quote: 'There is no reason to believe the guys in charge have changed their stripes',
    furniture: ['Skip to navigation', '1 of 10 articles read', 'SUBSCRIBE NOW', 'Continue reading the main story'],
  },
  {
    name: 'qq',
    beyondReadability: {},
    quote: 'DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线。',
    furniture: ['转播到腾讯微博', '全部频道'],
  },
  {
    name: 'wapo-2',
    beyondReadability: {},
    quote: 'Both sides are going to want to turn down the rhetoric',
    furniture: ['Newsletters & Alerts', 'Terms of Service', '© 1996-2015 The Washington Post'],
    leftOut: [
      'Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18',
    ],
  },
];

const read = (name: string, file: string) => readFileSync(join(PAGES, name, file), 'utf8');

/** Readability's findings, normalised as the capture normalises what it reads. */
function expectedFacts(page: SavedPage): PageFacts {
  const metadata = JSON.parse(read(page.name, 'expected-metadata.json')) as ReadabilityMetadata;
  const site = siteName(metadata.siteName ?? undefined);
  const author = bylineNames(metadata.byline ?? undefined);
  return {
    title: headline(metadata.title ?? undefined, [site, author]),
    siteName: site,
    author,
    date: publicationDay(metadata.publishedTime ?? undefined),
    language: primaryLanguage(metadata.lang ?? undefined),
    ...page.beyondReadability,
  };
}

/** The paragraphs of Readability's article, spaces collapsed. */
function expectedParagraphs(name: string): string[] {
  const { document } = parseHTML(read(name, 'expected.html'));
  return [...document.querySelectorAll('p')]
    .map((paragraph) => paragraph.textContent.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

describeEachSavedPage(SAVED_PAGE_CASES, 'capturing the saved page $name', (page) => {
  const extracted: ExtractedPage = extractPage(read(page.name, 'source.html'));
  const text = storedText(extracted.paragraphs);

  it('reads the title, site name, byline, day and language the page gives, and no others', () => {
    const { url: _url, ...facts } = extracted.facts;
    expect(facts).toEqual(expectedFacts(page));
  });

  it('stores the article from its first paragraph to its last', () => {
    const leftOut = page.leftOut ?? [];
    const paragraphs = expectedParagraphs(page.name).filter(
      (paragraph) => !leftOut.some((line) => paragraph.startsWith(line)) && !page.furniture.includes(paragraph),
    );
    expect(paragraphs.length).toBeGreaterThan(2);
    expect(collapse(text)).toContain(paragraphs[0]);
    expect(collapse(text)).toContain(paragraphs.at(-1));
  });

  it('writes one paragraph per block, separated by one blank line, spaces collapsed', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]|[ \t]{2,}|\u00a0/);
    expect(text.slice(0, -1).split('\n\n')).toEqual(extracted.paragraphs);
  });

  it("leaves out the page's navigation, adverts, captions and related links", () => {
    for (const line of [...page.furniture, ...(page.leftOut ?? [])]) {
      expect(collapse(read(page.name, 'source.html')), 'the page has it').toContain(line.split(' ')[0]);
      expect(text, line).not.toContain(line);
    }
  });

  it('finds a sentence of the article as a quote, and not a line of its navigation', () => {
    expect(checkQuote(page.quote, { file: text })).toEqual({ found: true });
    const navigation = page.furniture[0] ?? '';
    expect(checkQuote(navigation, { file: text }).found, navigation).toBe(false);
  });
});
