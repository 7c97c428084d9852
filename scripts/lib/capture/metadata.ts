/**
 * What a page says about its article, read from the three places pages say it: JSON-LD
 * (`NewsArticle`, `Article`, `ReportageNewsArticle` …, also inside `@graph` or a list), Open
 * Graph and other `<meta>` tags, and the page's own elements (`<link rel=canonical>`,
 * `<html lang>`). Each place gives a layer of facts; the first layer that has a field gives it.
 */
import { bylineNames, collapseSpaces, primaryLanguage, publicationDay, siteName, webAddress } from './normalise.ts';

/** The facts a source record is made of, normalised; undefined where the page does not give one. */
export interface PageFacts {
  title?: string | undefined;
  siteName?: string | undefined;
  author?: string | undefined;
  /** The day of publication, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** A primary language subtag, e.g. "en". */
  language?: string | undefined;
  url?: string | undefined;
}

type FactName = keyof PageFacts;
const FACT_NAMES: readonly FactName[] = ['title', 'siteName', 'author', 'date', 'language', 'url'];

/** Each field from the first layer that has it: pass the layers in order of trust. */
export function mergeFacts(...layers: readonly PageFacts[]): PageFacts {
  const merged: PageFacts = {};
  for (const name of FACT_NAMES) merged[name] = layers.find((layer) => layer[name] !== undefined)?.[name];
  return merged;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object of a JSON-LD document, whether it stands alone, in a list or in a `@graph`. */
function jsonLdNodes(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isObject(value)) return [];
  return [value, ...jsonLdNodes(value['@graph'])];
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

/** `Article`, `NewsArticle`, `ReportageNewsArticle`, `OpinionNewsArticle` and the other kinds of article. */
const isArticle = (node: JsonObject) => typesOf(node).some((type) => /Article$/.test(type));

/** The JSON-LD documents of a page; a script that does not parse is passed over. */
function jsonLdDocuments(document: Document): unknown[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    const text = script.textContent.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    try {
      return [JSON.parse(text) as unknown];
    } catch {
      return [];
    }
  });
}

/**
 * Reads JSON-LD values that may be written as text, as an object with a `name`, as a
 * reference (`{"@id": …}`) to another object of the page, or as a list of those.
 */
class JsonLdReader {
  private readonly byId = new Map<string, JsonObject>();

  constructor(nodes: readonly JsonObject[]) {
    for (const node of nodes) {
      const id = node['@id'];
      if (typeof id === 'string' && Object.keys(node).length > 1) this.byId.set(id, node);
    }
  }

  private resolve(value: unknown): unknown {
    if (!isObject(value)) return value;
    const id = value['@id'];
    return typeof id === 'string' && value['name'] === undefined ? (this.byId.get(id) ?? value) : value;
  }

  /** A name: the text itself, or the `name` of an object; a list gives its names joined by commas. */
  name(value: unknown): string | undefined {
    if (Array.isArray(value)) {
      const names = value.map((item) => this.name(item)).filter((name): name is string => name !== undefined);
      return names.length > 0 ? names.join(', ') : undefined;
    }
    const resolved = this.resolve(value);
    if (typeof resolved === 'string') return resolved;
    return isObject(resolved) && typeof resolved['name'] === 'string' ? resolved['name'] : undefined;
  }

  /** An address: the text itself, or the `@id` or `url` of an object. */
  address(value: unknown): string | undefined {
    if (typeof value === 'string') return value;
    if (!isObject(value)) return undefined;
    const address = value['url'] ?? value['@id'];
    return typeof address === 'string' ? address : undefined;
  }

  /** A language: a tag, or an object with its tag as `alternateName` or `name`. */
  language(value: unknown): string | undefined {
    if (typeof value === 'string') return value;
    if (!isObject(value)) return undefined;
    const tag = value['alternateName'] ?? value['name'];
    return typeof tag === 'string' ? tag : undefined;
  }
}

/** The facts of the first article described in the page's JSON-LD. */
export function jsonLdFacts(document: Document, base?: string): PageFacts {
  const nodes = jsonLdDocuments(document).flatMap(jsonLdNodes);
  const article = nodes.find(isArticle);
  if (!article) return {};
  const read = new JsonLdReader(nodes);
  const headline = article['headline'] ?? article['name'];
  return {
    title: typeof headline === 'string' ? collapseSpaces(headline) || undefined : undefined,
    siteName: siteName(read.name(article['publisher'])),
    author: bylineNames(read.name(article['author'])),
    date: publicationDay(typeof article['datePublished'] === 'string' ? article['datePublished'] : undefined),
    language: primaryLanguage(read.language(article['inLanguage'])),
    url: webAddress(read.address(article['url']) ?? read.address(article['mainEntityOfPage']), base),
  };
}

/** The `<meta>` tags of a page by their `property`, `name`, `itemprop` or `http-equiv`, in lower case. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    const keys = ['property', 'name', 'itemprop', 'http-equiv'].flatMap((attribute) =>
      (meta.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/),
    );
    for (const key of keys.filter(Boolean)) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/**
 * The values of a schema.org microdata property, e.g. `itemprop="author"`, outside asides,
 * navigation and footers (where related articles carry their own authors and days). A value
 * is a `content` or `datetime` attribute, else the text; an author's is the `name` inside it.
 */
function microdata(document: Document, property: string): string[] {
  return [...document.querySelectorAll(`[itemprop~="${property}"]`)]
    .filter((element) => element.closest('aside, nav, footer') === null)
    .map((element) => {
      const named = element.querySelector('[itemprop~="name"]') ?? element;
      return named.getAttribute('content') ?? named.getAttribute('datetime') ?? named.textContent;
    });
}

/** Where `<meta>` tags give each fact, most trusted first. */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title'],
  siteName: ['og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher'],
  author: ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author'],
  date: ['article:published_time', 'article:published', 'datepublished'],
  /** Less trusted than microdata's `datePublished`: they may give the day of the last change. */
  laterDate: [
    'dc.date.issued',
    'dcterms.issued',
    'parsely-pub-date',
    'sailthru.date',
    'pubdate',
    'publish-date',
    'date',
    'dc.date',
  ],
  language: ['og:locale', 'inlanguage', 'dc.language', 'dcterms.language', 'content-language', 'language'],
  url: ['og:url'],
} as const;

/** The facts of Open Graph and other `<meta>` tags, `<link rel=canonical>`, microdata (`itemprop`) and `<html lang>`. */
export function metaFacts(document: Document, base?: string): PageFacts {
  const tags = metaTags(document);
  const values = (keys: readonly string[]) => keys.flatMap((key) => tags.get(key) ?? []);
  /** The first of the values that `normalise` accepts. */
  const first = (
    candidates: readonly (string | null | undefined)[],
    normalise: (value: string) => string | undefined,
  ) => candidates.map((value) => (value ? normalise(value) : undefined)).find((value) => value !== undefined);
  const root = document.documentElement;
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  return {
    title: first(values(META_KEYS.title), (value) => collapseSpaces(value) || undefined),
    siteName: first(values(META_KEYS.siteName), siteName),
    author: first([...values(META_KEYS.author), ...microdata(document, 'author')], bylineNames),
    date: first(
      [...values(META_KEYS.date), ...microdata(document, 'datePublished'), ...values(META_KEYS.laterDate)],
      publicationDay,
    ),
    language: first(
      [...values(META_KEYS.language), root.getAttribute('lang'), root.getAttribute('xml:lang')],
      primaryLanguage,
    ),
    url: first([canonical, ...values(META_KEYS.url)], (value) => webAddress(value, base)),
  };
}
