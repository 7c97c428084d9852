/**
 * The keys of Astro's incremental build (`experimental.incrementalBuild`): each page a route
 * returns from `getStaticPaths()` carries a digest of exactly the data it renders. Astro reuses
 * the last build's copy of a page while its key and the code it imports are unchanged, and
 * renders it again otherwise. A key is built from what the route hands its page, after every
 * model has run, so whatever the page shows is in it; the code is Astro's to track.
 */
import { digest } from '../text/digest.ts';

/** The settings of the build a page prints: the base path of its links, the site's address of its absolute ones. */
export function printedSettings(): { base: string; site: string | undefined } {
  return { base: import.meta.env.BASE_URL, site: import.meta.env.SITE };
}

/** The site's address (SITE_URL), as a page is given it in `Astro.site`. */
export function siteAddress(): URL | undefined {
  const { site } = printedSettings();
  return site ? new URL(site) : undefined;
}

/** The key of a page of a kind ("story", "person" …) that renders `data` under the build's settings. */
export function pageKey(kind: string, data: unknown): string {
  return digest({ kind, settings: printedSettings(), data });
}
