/**
 * Which publisher of `content/publishers/` a captured page belongs to: the one with the page's
 * site name, or the one whose website is on the page's host. Pure: the publishers are read
 * by the caller.
 */
import { slugWords } from '../../../src/lib/content/said-markup.ts';
import { foldName } from './normalise.ts';

/** A publisher file, as far as matching needs it. */
export interface KnownPublisher {
  id: string;
  name?: string | undefined;
  url?: string | undefined;
}

/** How a page was tied to a publisher, in words for the editor. */
export type PublisherMatch = { publisher: KnownPublisher; by: 'name' | 'website' };

/** A web address's host without "www.", in lower case; undefined for text that is not an address. */
export function siteHost(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  try {
    return new URL(address).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The publisher named as the page names its site (letters compared without case or accents:
 * "Liberation.fr" is "Libération.fr"), else the one whose website is on the page's host.
 */
export function matchPublisher(
  page: { siteName?: string | undefined; url?: string | undefined },
  publishers: readonly KnownPublisher[],
): PublisherMatch | undefined {
  if (page.siteName !== undefined) {
    const name = foldName(page.siteName);
    const named = publishers.find((publisher) => publisher.name !== undefined && foldName(publisher.name) === name);
    if (named) return { publisher: named, by: 'name' };
  }
  const host = siteHost(page.url);
  if (host === undefined) return undefined;
  const hosted = publishers.find((publisher) => siteHost(publisher.url) === host);
  return hosted ? { publisher: hosted, by: 'website' } : undefined;
}

/** How many words of a site's name go into the id made from it. */
const ID_WORDS = 6;

/** The id a new publisher gets from its site's name: "Aktuálně.cz" gives "aktualne-cz"; "" when the name has no Latin letters or digits. */
export function publisherIdFrom(siteName: string): string {
  return slugWords(siteName, ID_WORDS);
}

/** The website of a new publisher: the root of the page's site, e.g. "https://www.bbc.com/". */
export function siteRoot(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  try {
    return new URL('/', address).href;
  } catch {
    return undefined;
  }
}
