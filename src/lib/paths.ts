/**
 * Where things are on the site: the one module that knows the site's own routes and turns
 * content ids into paths under the base path the site is deployed to.
 */

/**
 * Top-level names the site uses for itself (or keeps for pages and files it will add), which
 * no story folder may take: a story at `/<slug>/` would collide with them.
 */
export const RESERVED_STORY_SLUGS = [
  '404',
  '500',
  'index',
  'people',
  'timeline',
  'search',
  'pagefind',
  'rss',
  'feed',
  'sitemap',
  'robots',
  'statements',
  'assets',
  'favicon',
  'og',
  'draft',
  'drafts',
  // The home page's later pages: /page/2/ …
  'page',
] as const;

/** True when a story folder name collides with one of the site's own routes. */
export function isReservedStorySlug(slug: string): boolean {
  return (RESERVED_STORY_SLUGS as readonly string[]).includes(slug);
}

/** The folder of the search index, which Pagefind writes after the build. */
export const SEARCH_INDEX_FOLDER = 'pagefind/';

/** A base path as the site uses it: "/" or "/news/explainers/", with both slashes. */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** A path inside the site under a given base path; for code that runs outside the pages (integrations). */
export function joinBase(base: string, path = ''): string {
  return `${normaliseBase(base)}${path.replace(/^\//, '')}`;
}

/** A path inside the site, under the base path it is deployed to. */
export function sitePath(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The path of a story's page: `/<slug>/`. */
export function storyPath(slug: string): string {
  return sitePath(`${slug}/`);
}

/** The path of a story's statements export: `/<slug>/statements.json`. */
export function storyStatementsPath(slug: string): string {
  return sitePath(`${slug}/statements.json`);
}

/** The path of the list of everyone who speaks or is named in a story: `/people/`. */
export function peoplePath(): string {
  return sitePath('people/');
}

/** The path of a person's page: `/people/<id>/`. */
export function personPath(id: string): string {
  return sitePath(`people/${id}/`);
}

/** The path of the timeline of every story: `/timeline/`. */
export function timelinePath(): string {
  return sitePath('timeline/');
}

/** The path of the timeline of one story or one person: `/timeline/story/<slug>/`, `/timeline/person/<id>/`. */
export function timelineScopePath(kind: 'story' | 'person', id: string): string {
  return sitePath(`timeline/${kind}/${id}/`);
}

/** The path of page n of a list whose first page is at `first`: `<first>page/<n>/`, the first page at `first`. */
export function listPagePath(first: string, n: number): string {
  return n === 1 ? first : `${first}page/${String(n)}/`;
}

/** The path of a story's social card image: `/<slug>/card.png`. */
export function storyCardPath(slug: string): string {
  return sitePath(`${slug}/card.png`);
}

/** The path of a story's card as the home page shows it, small: `/<slug>/card-small.webp`. */
export function storyThumbnailPath(slug: string): string {
  return sitePath(`${slug}/card-small.webp`);
}

/** The path of the search page: `/search/`. */
export function searchPath(): string {
  return sitePath('search/');
}

/** The path of the search index Pagefind writes after the build: `/pagefind/`. */
export function searchIndexPath(): string {
  return sitePath(SEARCH_INDEX_FOLDER);
}

/** The path of the feed of stories and their updates: `/rss.xml`. */
export function feedPath(): string {
  return sitePath('rss.xml');
}

/** The path of the sitemap's index, written by `@astrojs/sitemap`: `/sitemap-index.xml`. */
export function sitemapPath(): string {
  return sitePath('sitemap-index.xml');
}

/** The path of a statement in the text of its story: `/<slug>/#<statement-id>`. */
export function statementPath(story: string, statementId: string): string {
  return `${storyPath(story)}#${statementId}`;
}

/** The path of every listed story's statements as JSON: `/statements.json`. */
export function siteStatementsPath(): string {
  return sitePath('statements.json');
}

/** The path of everyone with a page as JSON: `/people.json`. */
export function peopleDataPath(): string {
  return sitePath('people.json');
}

/**
 * A site path as the exports write it: an absolute URL when the site's address is
 * configured (`SITE_URL`), else the path, which still resolves on the site itself.
 */
export function exportedUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
