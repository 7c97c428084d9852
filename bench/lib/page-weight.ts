/**
 * What a built page costs a reader on a slow network: the page and everything it loads for
 * the first view, read from the build folder and weighed as a host sends it (text
 * brotli-compressed at quality 11, images and fonts as they are). The page budget test and the
 * benchmark's comparison with Starlight both weigh pages this way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { constants, brotliCompressSync } from 'node:zlib';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { SEARCH_INDEX_FOLDER } from '../../src/lib/paths.ts';

/** The search page's own script and the Pagefind index load only there, when a reader searches. */
const SEARCH_PAGE = 'search/index.html';
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);
/** Script types that run as classic, parser-blocking JavaScript (a data block such as JSON-LD does not run). */
const CLASSIC_SCRIPT = /^(|text\/javascript|application\/javascript|application\/ecmascript|text\/ecmascript)$/i;
/** Relative or root-relative static imports and re-exports of a module; `import()` loads later, when used. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g;

type Element = ReturnType<typeof findAll>[number];

export type ResourceKind = 'stylesheet' | 'script' | 'image' | 'font' | 'other';

export interface Resource {
  /** The address as the page writes it. */
  url: string;
  kind: ResourceKind;
  /** Bytes a reader receives: brotli for text, the file's size otherwise; 0 when missing. */
  bytes: number;
  /** True when it comes from another origin. */
  foreign: boolean;
  /** True when the build holds no such file. */
  missing: boolean;
}

export interface InlineScript {
  /** Where it is: "inline" or its address. */
  where: string;
  /** Brotli-compressed size of its code (an inline script's code is also part of the HTML). */
  bytes: number;
}

export interface WebFont {
  /** The stylesheet that declares it, or "inline". */
  where: string;
  /** Its `font-display`, or undefined when it has none. */
  display: string | undefined;
}

export interface PageWeight {
  /** The HTML file, relative to the build folder. */
  file: string;
  html: number;
  /** Every stylesheet the page links: CSS that blocks the first render. */
  css: number;
  /** JavaScript a reader needs to read the page: classic scripts, which block the parser. */
  readingScripts: InlineScript[];
  /** Module scripts (deferred, optional), inline or loaded, with what they import. */
  enhancementScripts: InlineScript[];
  /** What the first view loads besides the HTML, each once. */
  resources: Resource[];
  /** The HTML and everything the first view loads, in bytes received. */
  firstView: number;
  /** Requests of the first view, the document included. */
  requests: number;
  /** Addresses on another origin that the page loads. */
  foreign: string[];
  webFonts: WebFont[];
  /** Scripts and files the budgets leave out (the search page's), for the record. */
  notCounted: string[];
}

export const brotli = (data: string | Buffer): number =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Whether a reference leaves the site: "https://…", "//host/…". */
const isForeign = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url);

/** Reads pages and the files they load from one build folder deployed under `base`. */
export class BuiltSite {
  readonly dist: string;
  readonly base: string;

  constructor(dist: string, base = '/') {
    this.dist = dist;
    this.base = base.replace(/\/?$/, '/');
  }

  /** The URL path of a built HTML file: "story/index.html" under "/news/" is "/news/story/". */
  pagePath(file: string): string {
    const dir = posix.dirname(file);
    return posix.join(this.base, dir === '.' ? '' : dir, '/');
  }

  /** The file in the build that an address seen from `from` (a URL path) names, if any. */
  fileFor(url: string, from: string): string | undefined {
    if (isForeign(url) || /^data:/i.test(url)) return undefined;
    const { pathname } = new URL(url, `http://site${from}`);
    if (!pathname.startsWith(this.base)) return undefined;
    const inside = join(this.dist, decodeURIComponent(pathname.slice(this.base.length)));
    if (existsSync(inside) && statSync(inside).isFile()) return inside;
    const index = join(inside, 'index.html');
    return existsSync(index) ? index : undefined;
  }

  /** The URL path of an address seen from `from`. */
  resolve(url: string, from: string): string {
    return new URL(url, `http://site${from}`).pathname;
  }

  bytesOf(file: string): number {
    const data = readFileSync(file);
    return TEXT.has(extname(file).toLowerCase()) ? brotli(data) : data.length;
  }
}

function rels(element: Element): string[] {
  return (getAttributeValue(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function preloadKind(as: string | undefined): ResourceKind {
  if (as === 'style') return 'stylesheet';
  if (as === 'script') return 'script';
  if (as === 'font') return 'font';
  if (as === 'image') return 'image';
  return 'other';
}

/** `@font-face` rules of a style sheet, with their `font-display` and the first font file each names. */
function fontFaces(css: string): { display: string | undefined; url: string | undefined }[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/gi)].map(([, body = '']) => ({
    display: /font-display\s*:\s*([a-z-]+)/i.exec(body)?.[1]?.toLowerCase(),
    url: /url\(\s*["']?([^"')]+)["']?\s*\)/i.exec(body)?.[1],
  }));
}

/** Addresses a style sheet loads outside its `@font-face` rules: imports and images. */
function cssUrls(css: string): string[] {
  const outsideFonts = css.replace(/@font-face\s*\{[^}]*\}/gi, '');
  return [...outsideFonts.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)]
    .map(([, url = '']) => url)
    .filter((url) => !/^data:/i.test(url) && !url.startsWith('#'));
}

/**
 * What one page's first view loads, gathered element by element in document order: each
 * resource once, the scripts by what they are for, the web fonts, and what the budgets leave out.
 */
class FirstView {
  readonly resources = new Map<string, Resource>();
  readonly readingScripts: InlineScript[] = [];
  readonly enhancementScripts: InlineScript[] = [];
  readonly webFonts: WebFont[] = [];
  readonly notCounted: string[] = [];
  private readonly site: BuiltSite;
  /** The page's URL path, from which its addresses are resolved. */
  private readonly pagePath: string;
  private readonly isSearchPage: boolean;
  private readonly searchIndex: string;

  constructor(site: BuiltSite, file: string) {
    this.site = site;
    this.pagePath = site.pagePath(file);
    this.isSearchPage = file === SEARCH_PAGE;
    this.searchIndex = posix.join(site.base, SEARCH_INDEX_FOLDER);
  }

  /** Reads one element of the page for what it loads. */
  read(element: Element): void {
    const name = element.name.toLowerCase();
    if (name === 'link') this.readLink(element);
    else if (name === 'style') this.readStylesheet(textContent(element), 'inline', this.pagePath);
    else if (name === 'img') {
      const src = getAttributeValue(element, 'src');
      if (src) this.load(src, 'image');
    } else if (name === 'script') this.readScript(element);
  }

  /** Adds a resource the first view loads, once; returns its file when the build has it. */
  private load(url: string, kind: ResourceKind, from = this.pagePath): string | undefined {
    // A data: address is part of the file that holds it: no request, no bytes of its own.
    if (/^data:/i.test(url)) return undefined;
    const foreign = isForeign(url);
    const key = foreign ? url : this.site.resolve(url, from);
    if (!foreign && key.startsWith(this.searchIndex)) {
      this.notCounted.push(url);
      return undefined;
    }
    const found = this.site.fileFor(url, from);
    if (!this.resources.has(key)) {
      const bytes = found ? this.site.bytesOf(found) : 0;
      this.resources.set(key, { url, kind, bytes, foreign, missing: !foreign && !found });
    }
    return found;
  }

  /** A module's static imports, each loaded once, with their own imports. */
  private loadImports(code: string, from: string, into: InlineScript[]): void {
    for (const [, specifier = ''] of code.matchAll(STATIC_IMPORT)) {
      if (!/^(?:\.{0,2}\/|[a-z]+:)/i.test(specifier)) continue;
      const key = isForeign(specifier) ? specifier : this.site.resolve(specifier, from);
      if (this.resources.has(key)) continue;
      const found = this.load(specifier, 'script', from);
      if (!found) continue;
      into.push({ where: key, bytes: this.resources.get(key)?.bytes ?? 0 });
      this.loadImports(readFileSync(found, 'utf8'), key, into);
    }
  }

  /** A style sheet's web fonts and what it loads: imported sheets and images. */
  private readStylesheet(css: string, where: string, from: string): void {
    for (const face of fontFaces(css)) {
      this.webFonts.push({ where, display: face.display });
      if (face.url) this.load(face.url, 'font', from);
    }
    for (const url of cssUrls(css)) {
      this.load(url, extname(url).toLowerCase() === '.css' ? 'stylesheet' : 'image', from);
    }
  }

  /** A `<link>`: a style sheet, an icon, a preload or a module preload. */
  private readLink(element: Element): void {
    const href = getAttributeValue(element, 'href');
    const rel = rels(element);
    if (!href) return;
    if (rel.includes('stylesheet')) {
      const found = this.load(href, 'stylesheet');
      if (found) this.readStylesheet(readFileSync(found, 'utf8'), href, this.site.resolve(href, this.pagePath));
    } else if (rel.includes('icon')) this.load(href, 'image');
    else if (rel.includes('preload')) this.load(href, preloadKind(getAttributeValue(element, 'as')));
    else if (rel.includes('modulepreload')) {
      if (this.isSearchPage) this.notCounted.push(href);
      else {
        const found = this.load(href, 'script');
        if (found) this.enhancementScripts.push({ where: href, bytes: this.site.bytesOf(found) });
      }
    }
  }

  /** A `<script>` that runs: classic ones are needed to read, modules enhance. */
  private readScript(element: Element): void {
    const type = (getAttributeValue(element, 'type') ?? '').trim();
    const src = getAttributeValue(element, 'src');
    const isModule = type.toLowerCase() === 'module';
    if (!isModule && !CLASSIC_SCRIPT.test(type)) return;
    if (isModule && this.isSearchPage) {
      this.notCounted.push(src ?? 'the search page’s inline module');
      return;
    }
    const into = isModule ? this.enhancementScripts : this.readingScripts;
    if (src) {
      const found = this.load(src, 'script');
      into.push({ where: src, bytes: found ? this.site.bytesOf(found) : 0 });
      if (found && isModule) this.loadImports(readFileSync(found, 'utf8'), this.site.resolve(src, this.pagePath), into);
    } else {
      const code = textContent(element);
      into.push({ where: 'inline', bytes: brotli(code) });
      if (isModule) this.loadImports(code, this.pagePath, into);
    }
  }
}

/** Weighs one built page (a path relative to the build folder). */
export function weighPage(site: BuiltSite, file: string): PageWeight {
  const htmlText = readFileSync(join(site.dist, file), 'utf8');
  const firstView = new FirstView(site, file);
  for (const element of findAll(() => true, parseDocument(htmlText).children)) firstView.read(element);

  const loaded = [...firstView.resources.values()];
  const html = brotli(htmlText);
  return {
    file,
    html,
    css: loaded.filter((resource) => resource.kind === 'stylesheet').reduce((sum, resource) => sum + resource.bytes, 0),
    readingScripts: firstView.readingScripts,
    enhancementScripts: firstView.enhancementScripts,
    resources: loaded,
    firstView: html + loaded.reduce((sum, resource) => sum + resource.bytes, 0),
    requests: 1 + loaded.length,
    foreign: loaded.filter((resource) => resource.foreign).map((resource) => resource.url),
    webFonts: firstView.webFonts,
    notCounted: firstView.notCounted,
  };
}

export const sum = (scripts: readonly InlineScript[]) => scripts.reduce((total, script) => total + script.bytes, 0);
