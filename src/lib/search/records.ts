/**
 * Every statement as a search record of its own, built from the site-wide export
 * (`statements.json`), so that "every direct quote of one speaker" is one search. The story
 * and person pages are indexed from their HTML; these records sit beside them in one index.
 */
import type { CustomRecord } from 'pagefind';
import { PAGE_LANGUAGE } from '../../schemas/common.ts';
import { SEARCH_DELIVERIES, SEARCH_KINDS, SEARCH_MODES } from './filters.ts';
import type { ExportedStory, exportStatement } from '../exports/statements-export.ts';
import { typeset } from '../text/typography.ts';

/** One statement of `statements.json`. */
export type ExportedStatement = ReturnType<typeof exportStatement>;

/** `statements.json`: the listed stories and every statement of theirs. */
export interface SiteStatements {
  stories: ExportedStory[];
  statements: ExportedStatement[];
}

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

/**
 * A search record for each statement of the export. `publishers` names each publisher id; a
 * statement citing one it does not know is a mistake of the build, not of the content.
 */
export function statementRecords(
  site: SiteStatements,
  { base, publishers }: { base: string; publishers: ReadonlyMap<string, string> },
): CustomRecord[] {
  const storyTitles = new Map(site.stories.map((story) => [story.slug, typeset(story.title)]));
  return site.statements.map((statement) => {
    const story = storyTitles.get(statement.story);
    if (story === undefined) {
      throw new Error(`the statement "${statement.id}" belongs to the story "${statement.story}", which is not listed`);
    }
    // A republished item is found under both outlets: the one that republished it, and its own.
    const publisherNames = statement.citations.flatMap((citation) =>
      [citation.publisher, citation.originalPublisher].map((publisher) => {
        const name = publishers.get(publisher);
        if (name === undefined)
          throw new Error(`the statement "${statement.id}" cites the unknown publisher "${publisher}"`);
        return name;
      }),
    );
    return {
      url: indexUrl(statement.anchor, base),
      content: `${statement.speaker.name}: ${statement.displayText}`,
      // Every record in the page's language: Pagefind searches one index per language.
      language: PAGE_LANGUAGE,
      meta: { title: statementTitle(statement), story },
      filters: {
        speaker: [statement.speaker.name],
        mode: [SEARCH_MODES[statement.mode]],
        // Only when the story says how the words reached the public.
        ...(statement.delivery ? { delivery: [SEARCH_DELIVERIES[statement.delivery]] } : {}),
        story: [story],
        publisher: [...new Set(publisherNames)],
        kind: [SEARCH_KINDS.statement],
      },
    };
  });
}
