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
] as const;

/** True when a story folder name collides with one of the site's own routes. */
export function isReservedStorySlug(slug: string): boolean {
  return (RESERVED_STORY_SLUGS as readonly string[]).includes(slug);
}

/** The base path the site is built for, always ending in "/". */
function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A path inside the site, under the base path it is deployed to. */
export function sitePath(path = ''): string {
  return `${basePath()}${path.replace(/^\//, '')}`;
}

/** The path of a story's page: `/<slug>/`. */
export function storyPath(slug: string): string {
  return sitePath(`${slug}/`);
}

/** The path of a story's statements export: `/<slug>/statements.json`. */
export function storyStatementsPath(slug: string): string {
  return sitePath(`${slug}/statements.json`);
}
