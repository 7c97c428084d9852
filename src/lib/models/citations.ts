/**
 * Numbered citations, the way reference lists work on Wikipedia: each statement's sources,
 * and the source of each claim the story makes in its own voice (`<Cite>`), are marked in the
 * text [1], numbered in the order the story first cites them, and each source in the list
 * links back to every mark that cites it (↑ a b c). Plain TypeScript, tested without Astro.
 */

export { citationAnchor, citeAnchor } from '../anchors.ts';
import { citationAnchor, citeAnchor } from '../anchors.ts';

/** What numbering needs of a statement: its anchor, its speaker, and the sources it cites, in order. */
export interface CitingStatement {
  id: string;
  speakerShortName: string;
  citations: readonly { source: { id: string } }[];
}

/** What numbering needs of a `<Cite>`: its key, its place among the statements, its source and words. */
export interface CitingCite {
  /** Its key on the page, e.g. "index/1". */
  key: string;
  /** How many statements come before it in the text. */
  after: number;
  sourceId: string;
  /** The source's words that back the claim, as the page shows them. */
  passage: string;
}

/** A mark after a statement or a claim, "[1]", that jumps to its source in the list. */
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
  /** What the mark follows, for the link's name: "after Ushakov", "for “a little over 12 minutes”". */
  context: string;
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
  /** The mark of each `<Cite>`, by its key. */
  cites: ReadonlyMap<string, CitationMark>;
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
 * Numbers the sources of a story's statements and cites in the order they are first cited,
 * reading them in the order of the text (a cite stands after the statements it follows), and
 * gives each citation a mark.
 */
export function numberCitations(
  statements: readonly CitingStatement[],
  cites: readonly CitingCite[] = [],
): CitationIndex {
  const marks = new Map<string, CitationMark[]>();
  const citeMarks = new Map<string, CitationMark>();
  const sources = new Map<string, NumberedSource>();
  const backs = new Map<string, Omit<CitationBackLink, 'letter'>[]>();
  const mark = (sourceId: string, anchor: string, context: string): CitationMark => {
    let numbered = sources.get(sourceId);
    if (!numbered) {
      numbered = { number: sources.size + 1, backLinks: [] };
      sources.set(sourceId, numbered);
    }
    backs.set(sourceId, [...(backs.get(sourceId) ?? []), { anchor, context }]);
    return { number: numbered.number, sourceId, anchor };
  };
  const ordered = [...cites].sort((a, b) => a.after - b.after);
  let next = 0;
  const citesUpTo = (count: number) => {
    for (let cite = ordered[next]; cite && cite.after <= count; cite = ordered[++next]) {
      citeMarks.set(cite.key, mark(cite.sourceId, citeAnchor(next + 1), `for “${cite.passage}”`));
    }
  };
  statements.forEach((statement, position) => {
    citesUpTo(position);
    const own = statement.citations.map(({ source }, index) =>
      mark(source.id, citationAnchor(statement.id, index + 1), `after ${statement.speakerShortName}`),
    );
    marks.set(statement.id, own);
  });
  citesUpTo(Number.POSITIVE_INFINITY);
  for (const [id, numbered] of sources) {
    const list = backs.get(id) ?? [];
    numbered.backLinks = list.map((back, index) => ({ ...back, letter: list.length > 1 ? backLinkLetter(index) : '' }));
  }
  return { marks, cites: citeMarks, sources };
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
