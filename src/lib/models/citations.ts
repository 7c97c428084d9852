/**
 * Numbered citations, the way reference lists work on Wikipedia: each statement's sources
 * are marked in the text [1], numbered in the order the story first cites them, and each
 * source in the list links back to every mark that cites it (↑ a b c). Plain TypeScript,
 * tested without Astro.
 */

export { citationAnchor } from '../anchors.ts';
import { citationAnchor } from '../anchors.ts';

/** What numbering needs of a statement: its anchor, its speaker, and the sources it cites, in order. */
export interface CitingStatement {
  id: string;
  speakerShortName: string;
  citations: readonly { source: { id: string } }[];
}

/** A mark after a statement, "[1]", that jumps to its source in the list. */
export interface CitationMark {
  /** The source's number, the same wherever the source is cited. */
  number: number;
  sourceId: string;
  /** The mark's own anchor, which the source's entry links back to. */
  anchor: string;
}

/** A link from a source's entry back to a mark that cites it. */
export interface CitationBackLink {
  anchor: string;
  /** "a", "b", … when the source is cited more than once; "" when it is cited once. */
  letter: string;
  /** Who speaks in the statement cited, for the link's name: "Ushakov". */
  speakerShortName: string;
}

/** A source cited in the text: its number and the way back to each mark. */
export interface NumberedSource {
  number: number;
  backLinks: CitationBackLink[];
}

/** Every citation of a story, numbered. */
export interface CitationIndex {
  /** The marks of each statement, by statement id, in the order of its citations. */
  marks: ReadonlyMap<string, CitationMark[]>;
  /** Each source cited by a statement, by source id. */
  sources: ReadonlyMap<string, NumberedSource>;
}

/** "a" … "z", then "aa", "ab", …: the letters of back links, as in Wikipedia's lists. */
export function backLinkLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Numbers the sources of a story's statements in the order they are first cited, reading
 * the statements in the order given (the order of the text), and gives each citation a mark.
 */
export function numberCitations(statements: readonly CitingStatement[]): CitationIndex {
  const marks = new Map<string, CitationMark[]>();
  const sources = new Map<string, NumberedSource>();
  const cites = new Map<string, Omit<CitationBackLink, 'letter'>[]>();
  for (const statement of statements) {
    const own = statement.citations.map(({ source }, index): CitationMark => {
      let numbered = sources.get(source.id);
      if (!numbered) {
        numbered = { number: sources.size + 1, backLinks: [] };
        sources.set(source.id, numbered);
      }
      const anchor = citationAnchor(statement.id, index + 1);
      const list = cites.get(source.id) ?? [];
      list.push({ anchor, speakerShortName: statement.speakerShortName });
      cites.set(source.id, list);
      return { number: numbered.number, sourceId: source.id, anchor };
    });
    marks.set(statement.id, own);
  }
  for (const [id, numbered] of sources) {
    const list = cites.get(id) ?? [];
    numbered.backLinks = list.map((cite, index) => ({ ...cite, letter: list.length > 1 ? backLinkLetter(index) : '' }));
  }
  return { marks, sources };
}

/**
 * The sources in the order of their numbers, so that the list's "3." is the text's [3]; the
 * sources no mark cites (those relayed, those of events and updates) follow in the order given.
 */
export function inCitationOrder<T extends { id: string }>(sources: readonly T[], index: CitationIndex): T[] {
  const unique = [...new Map(sources.map((source) => [source.id, source])).values()];
  const numberOf = (source: T) => index.sources.get(source.id)?.number ?? Number.POSITIVE_INFINITY;
  return unique
    .map((source, position) => ({ source, position }))
    .sort((a, b) => numberOf(a.source) - numberOf(b.source) || a.position - b.position)
    .map(({ source }) => source);
}
