/**
 * What a capture writes, worked out before anything is written: the source record from the
 * editor's options and the page's facts (an option always wins), its publisher (found, or
 * new), and the facts still missing. Pure: the page, the publishers and the day are given.
 */
import type { Source } from '../../../src/schemas/source.ts';
import type { PageFacts } from './metadata.ts';
import { matchPublisher, publisherIdFrom, siteRoot, type KnownPublisher } from './publisher-match.ts';

/** What the editor gave on the command line for what the page may not say. */
export interface CaptureOptions {
  id: string;
  publisher?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  title?: string | undefined;
}

/** A publisher file the capture makes: its name and website from the page, the rest for the editor. */
export interface NewPublisher {
  id: string;
  name: string | undefined;
  url: string | undefined;
}

/** How the source's publisher was found: named by the editor, by the page's site name, website, or the id made from its name. */
export type PublisherFound = 'option' | 'name' | 'website' | 'id' | 'new';

/** The source record to write, and where its publisher comes from. */
export interface CapturePlan {
  source: Source;
  publisherFound: PublisherFound;
  newPublisher: NewPublisher | undefined;
}

/** A fact the page does not give and no option gave: what it is, and the option that gives it. */
export interface MissingFact {
  what: string;
  option: string;
}

export type PlanResult = { plan: CapturePlan; missing?: never } | { missing: MissingFact[]; plan?: never };

/** A Wayback Machine address for a page on a day: it opens the copy saved nearest that day, if one is. */
export function waybackAddress(url: string, day: string): string {
  return `https://web.archive.org/web/${day.replaceAll('-', '')}/${url}`;
}

interface PublisherChoice {
  id: string;
  found: PublisherFound;
  create?: NewPublisher;
}

/** The publisher of the source: the one named by --publisher, one that matches the page, or a new one named after the site. */
function choosePublisher(
  options: CaptureOptions,
  page: { siteName: string | undefined; url: string | undefined },
  publishers: readonly KnownPublisher[],
): PublisherChoice | MissingFact {
  const known = (id: string) => publishers.some((publisher) => publisher.id === id);
  const create = (id: string): NewPublisher => ({ id, name: page.siteName, url: siteRoot(page.url) });
  if (options.publisher !== undefined) {
    return known(options.publisher)
      ? { id: options.publisher, found: 'option' }
      : { id: options.publisher, found: 'new', create: create(options.publisher) };
  }
  const match = matchPublisher(page, publishers);
  if (match) return { id: match.publisher.id, found: match.by };
  if (page.siteName === undefined) {
    return { what: "the site's name, to find or make its publisher", option: '--publisher <publisher-id>' };
  }
  const id = publisherIdFrom(page.siteName);
  if (id === '') {
    return {
      what: `an id for its publisher ("${page.siteName}" has no Latin letters to make one from)`,
      option: '--publisher <publisher-id>',
    };
  }
  if (id === options.id) {
    return {
      what: `an id for its publisher other than the source's own ("${id}")`,
      option: '--publisher <publisher-id>',
    };
  }
  return known(id) ? { id, found: 'id' } : { id, found: 'new', create: create(id) };
}

/**
 * The record of a captured page, or the facts it lacks. `fetchedFrom` is the address the
 * editor gave, which is the source's url unless --url says otherwise.
 */
export function planCapture(args: {
  facts: PageFacts;
  options: CaptureOptions;
  fetchedFrom: string | undefined;
  publishers: readonly KnownPublisher[];
  captured: string;
  sha256: string;
}): PlanResult {
  const { facts, options, captured, sha256 } = args;
  const url = options.url ?? args.fetchedFrom ?? facts.url;
  const title = options.title ?? facts.title;
  const date = options.date ?? facts.date;
  const language = options.language ?? facts.language;
  const publisher = choosePublisher(options, { siteName: facts.siteName, url }, args.publishers);

  const missing: MissingFact[] = [
    ...(title === undefined ? [{ what: 'its title', option: '--title "The headline"' }] : []),
    ...(date === undefined ? [{ what: 'its day of publication', option: '--date YYYY-MM-DD' }] : []),
    ...(language === undefined ? [{ what: 'its language', option: '--language <code>, e.g. --language en' }] : []),
    ...('option' in publisher ? [publisher] : []),
  ];
  if (
    missing.length > 0 ||
    title === undefined ||
    date === undefined ||
    language === undefined ||
    'option' in publisher
  ) {
    return { missing };
  }
  const source: Source = {
    publisher: publisher.id,
    title,
    date,
    ...(facts.author === undefined ? {} : { author: facts.author }),
    language,
    ...(url === undefined ? {} : { url, archiveUrl: waybackAddress(url, captured) }),
    captured,
    sha256,
  };
  return { plan: { source, publisherFound: publisher.found, newPublisher: publisher.create } };
}
