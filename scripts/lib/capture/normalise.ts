/**
 * Turns what a page says about itself into the forms a source record takes: a day for a
 * timestamp, a primary language subtag for a locale, a name without "By " or a slogan.
 * Each returns undefined for a value that cannot be used, so the next place that gives the
 * field is tried.
 */
import { isRealDay } from '../../../src/schemas/common.ts';

/** Runs of spaces, tabs and line breaks (also no-break spaces) to one space, trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Letters without accents, in lower case, spaces collapsed: "Libération.fr" and "liberation.fr" are alike. */
export function foldName(text: string): string {
  return collapseSpaces(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
}

/** A text that is nothing but spaces is no value. */
function present(text: string | undefined): string | undefined {
  const collapsed = text === undefined ? '' : collapseSpaces(text);
  return collapsed === '' ? undefined : collapsed;
}

/**
 * The day of publication as the page writes it: the `YYYY-MM-DD` a timestamp starts with,
 * in the page's own time ("2015-04-30T07:19:58", "2019-01-03T07:00:02.000Z",
 * "2016-02-01 01:28:49" all give their own day), never moved to another zone.
 */
export function publicationDay(timestamp: string | undefined): string | undefined {
  const day = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(timestamp ?? '');
  if (!day) return undefined;
  return isRealDay(Number(day[1]), Number(day[2]), Number(day[3])) ? `${day[1]}-${day[2]}-${day[3]}` : undefined;
}

/** Tags that say the language is not known or is no single one. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/** The primary language subtag in lower case: "en-US" and "en_GB" give "en", "FR" gives "fr". */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) && !NO_LANGUAGE.has(primary) ? primary : undefined;
}

/** Words a byline starts with before the names: "By Steven Mufson", "Par Sébastien Farcis". */
const BYLINE_LEAD = /^(?:by|par|por)\s+/i;

/** The names of a byline, without "By " and without a web address standing in for a name. */
export function bylineNames(byline: string | undefined): string | undefined {
  const text = present(byline);
  if (text === undefined || /^https?:\/\//i.test(text)) return undefined;
  return present(text.replace(BYLINE_LEAD, ''));
}

/** A separator between a name and what a page adds to it: " - ", " | ", " – ", " — ", " · ". */
const SEPARATOR = /\s+[|\-\u2013\u2014\u00b7]\s+/;

/** The site's name without the slogan some pages add: "Aktuálně.cz - Víte, co se právě děje" gives "Aktuálně.cz". */
export function siteName(name: string | undefined): string | undefined {
  return present(present(name)?.split(SEPARATOR)[0]);
}

/** A web address as a source may link to it: http or https, without its fragment; undefined otherwise. */
export function webAddress(address: string | undefined, base?: string): string | undefined {
  const text = present(address);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The last part of a title after a separator, e.g. " - BBC News". */
const LAST_PART = /\s+[|\-\u2013\u2014\u00b7]\s+(?!.*\s[|\-\u2013\u2014\u00b7]\s)(.+)$/u;
/** The first part of a title before a separator, e.g. "BBC News | ". */
const FIRST_PART = /^(.+?)\s+[|\-\u2013\u2014\u00b7]\s+/u;

/**
 * A headline without the site's name or the author's that a page's title adds before or
 * after it: "Obama admits … - BBC News" gives "Obama admits …"; so does "… | Eleanor Ainge Roy"
 * when she wrote it.
 */
export function headline(title: string | undefined, added: readonly (string | undefined)[]): string | undefined {
  let text = present(title);
  if (text === undefined) return undefined;
  const names = new Set(added.filter((name): name is string => name !== undefined).map(foldName));
  for (;;) {
    const last = LAST_PART.exec(text);
    const first = FIRST_PART.exec(text);
    if (last && names.has(foldName(last[1] ?? ''))) text = text.slice(0, last.index);
    else if (first && names.has(foldName(first[1] ?? ''))) text = text.slice(first[0].length);
    else return text;
  }
}
