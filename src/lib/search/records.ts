/**
 * Every statement as a search record of its own, built from the site-wide export
 * (`statements.json`), so that "every direct quote of one speaker" is one search. The story
 * and person pages are indexed from their HTML; these records sit beside them in one index.
 */
import type { CustomRecord } from 'pagefind';
import { PAGE_LANGUAGE } from '../../schemas/common.ts';
import { SEARCH_DELIVERIES, SEARCH_KINDS, SEARCH_MODES } from './filters.ts';
import type { exportStatement, siteStatementsExport } from '../exports/statements-export.ts';
import { typeset } from '../text/typography.ts';

/** One statement of `statements.json`. */
export type ExportedStatement = ReturnType<typeof exportStatement>;

/** `statements.json`: the listed stories and every statement of theirs. */
export type SiteStatements = ReturnType<typeof siteStatementsExport>;

/** How many words of a statement its record's title shows. */
const TITLE_WORDS = 8;

/**
 * The address of a page or anchor as the search index holds it: from the root of the built
 * folder, "/<slug>/#<id>". The export writes it under the base path, absolute when the site's
 * address is set; Pagefind puts the base path back in front of each result, as it does for pages.
 */
export function indexUrl(address: string, base: string): string {
  const url = new URL(address, 'http://site.invalid');
  const root = base.replace(/\/?$/, '/');
  if (!url.pathname.startsWith(root)) {
    throw new Error(`the address ${address} is not under the base path ${root} the site is built for`);
  }
  return `/${url.pathname.slice(root.length)}${url.hash}`;
}

/**
 * The title of a statement's record: who, and the first words. A direct quote's words are in
 * quotation marks; a paraphrase's are not, as on the pages, since they are not the speaker's own.
 */
export function statementTitle(statement: Pick<ExportedStatement, 'speaker' | 'mode' | 'displayText'>): string {
  const words = statement.displayText.split(/\s+/).filter(Boolean);
  const opening =
    words.length > TITLE_WORDS
      ? `${words
          .slice(0, TITLE_WORDS)
          .join(' ')
          .replace(/[\s,;:.…—–-]+$/u, '')}…`
      : words.join(' ');
  return statement.mode === 'direct'
    ? `${statement.speaker.name}: “${opening}”`
    : `${statement.speaker.name}, paraphrased: ${opening}`;
}

/** What the search knows of a statement besides the export: the names of the publishers, the other spellings of each speaker. */
export interface RecordContext {
  /** Each publisher's name by id, e.g. "tass" → "TASS". */
  publishers: ReadonlyMap<string, string>;
  /** Each person's other spellings by id, e.g. "sergei-ryabkov" → ["Sergey Ryabkov"]. */
  spellings: ReadonlyMap<string, readonly string[]>;
}

/**
 * Every outlet a statement came through, by id, in the order its chains name them: each
 * citation's publisher, the outlet whose item it republishes, and every outlet it cites ("citing
 * TASS"), for the statement's own citations and for those of each of its versions.
 */
export function statementOutlets(statement: Pick<ExportedStatement, 'citations' | 'renderings'>): string[] {
  const citations = [statement.citations, ...statement.renderings.map((rendering) => rendering.citations)].flat();
  return [
    ...new Set(
      citations.flatMap((citation) => [
        citation.publisher,
        citation.originalPublisher,
        ...citation.citing.map((link) => link.publisher),
      ]),
    ),
  ];
}

/**
 * The filters of a statement's record: the values the search page offers come from here too
 * (`searchFilterValues`), so a list never offers what no record holds. `story` is the story's
 * title as its page shows it.
 */
export function statementFilters(
  statement: ExportedStatement,
  story: string,
  publishers: ReadonlyMap<string, string>,
): Record<string, string[]> {
  const publisherNames = statementOutlets(statement).map((publisher) => {
    const name = publishers.get(publisher);
    if (name === undefined)
      throw new Error(`the statement "${statement.id}" cites the unknown publisher "${publisher}"`);
    return name;
  });
  return {
    speaker: [statement.speaker.name],
    mode: [SEARCH_MODES[statement.mode]],
    // Only when the story says how the words reached the public.
    ...(statement.delivery ? { delivery: [SEARCH_DELIVERIES[statement.delivery]] } : {}),
    story: [story],
    publisher: [...new Set(publisherNames)],
    kind: [SEARCH_KINDS.statement],
  };
}

/**
 * The words a statement's record is found by: who said it, under every spelling of their name,
 * and the words of each version, in its own language and script ("Добрый день, дорогой
 * сосед."), each once.
 */
export function statementContent(statement: ExportedStatement, spellings: readonly string[]): string {
  const names = [statement.speaker.name, ...spellings].join(', ');
  const versions = [statement.displayText, ...statement.renderings.map((rendering) => rendering.displayText)];
  return [`${names}:`, ...new Set(versions)].join('\n');
}

/** Each listed story's title as its page shows it, by slug. */
export function storyTitles(site: SiteStatements): Map<string, string> {
  return new Map(site.stories.map((story) => [story.slug, typeset(story.title)]));
}

/** The title of the story a statement belongs to; a story not listed is a mistake of the build. */
export function storyOf(statement: ExportedStatement, titles: ReadonlyMap<string, string>): string {
  const story = titles.get(statement.story);
  if (story === undefined) {
    throw new Error(`the statement "${statement.id}" belongs to the story "${statement.story}", which is not listed`);
  }
  return story;
}

/**
 * A search record for each statement of the export. A statement citing a publisher that
 * `publishers` does not name is a mistake of the build, not of the content.
 */
export function statementRecords(
  site: SiteStatements,
  { base, publishers, spellings }: RecordContext & { base: string },
): CustomRecord[] {
  const titles = storyTitles(site);
  return site.statements.map((statement) => {
    const story = storyOf(statement, titles);
    return {
      url: indexUrl(statement.anchor, base),
      content: statementContent(statement, spellings.get(statement.speaker.id) ?? []),
      // Pagefind writes one index per language and the page loads only the index of its own:
      // a record in Russian would sit in an index no search reads. So every record, whatever
      // the languages of its versions, is in the page's language, its words in their own script.
      language: PAGE_LANGUAGE,
      meta: { title: statementTitle(statement), story },
      filters: statementFilters(statement, story, publishers),
    };
  });
}
