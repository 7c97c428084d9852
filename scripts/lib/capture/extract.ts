/**
 * Reads a saved or fetched page: its facts (title, site, author, day, language, address) and
 * its article's text. The facts are taken from JSON-LD first, then from Open Graph and other
 * `<meta>` tags, then from what Mozilla's Readability finds; the text is Readability's
 * article, written out by article-text.ts.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleParagraphs } from './article-text.ts';
import { CaptureError } from './capture-error.ts';
import { jsonLdFacts, mergeFacts, metaFacts, type PageFacts } from './metadata.ts';
import { bylineNames, collapseSpaces, headline, primaryLanguage, publicationDay, siteName } from './normalise.ts';

/** A page read: what it says about its article, and the article's paragraphs. */
export interface ExtractedPage {
  facts: PageFacts;
  paragraphs: string[];
}

/** Readability's own findings, the last place a fact is looked for. */
function readabilityFacts(article: NonNullable<ReturnType<Readability<Node>['parse']>>): PageFacts {
  return {
    title: collapseSpaces(article.title ?? '') || undefined,
    siteName: siteName(article.siteName ?? undefined),
    author: bylineNames(article.byline ?? undefined),
    date: publicationDay(article.publishedTime ?? undefined),
    language: primaryLanguage(article.lang ?? undefined),
  };
}

/** Reads a page's HTML; `pageUrl`, where it was fetched from, resolves relative addresses. */
export function extractPage(html: string, pageUrl?: string): ExtractedPage {
  const { document } = parseHTML(html);
  // Readability takes the page apart as it reads it: the tags are read before it runs.
  const layers = [jsonLdFacts(document, pageUrl), metaFacts(document, pageUrl)];
  const article = new Readability<Node>(document, { serializer: (node) => node, keepClasses: true }).parse();
  const paragraphs = article?.content ? articleParagraphs(article.content) : [];
  if (!article || paragraphs.length === 0) {
    throw new CaptureError(
      'No article text was found on the page: it may need JavaScript to show its text, or be behind a login. ' +
        'Open it in a browser, save it (File > Save Page As…, "Web Page, HTML only") and capture the saved file.',
    );
  }
  const facts = mergeFacts(...layers, readabilityFacts(article));
  facts.title = headline(facts.title, [facts.siteName, facts.author]);
  return { facts, paragraphs };
}
