/**
 * The "Who said what" sidebar, gathered before it renders: a roster of the speakers (who, in
 * what role, how often, quoted or paraphrased), and each speaker's entries in the order they
 * were said, grouped by occasion so that what an interview's entries share (its venue, its
 * channel, the report they come from) is said once. The article keeps the order of the text;
 * the sidebar is where a reader follows one voice over time. Plain TypeScript, tested without Astro.
 */
import type { CitationView } from './sources.ts';
import type { SpeakerGroup } from './story-model.ts';
import type { SpeakerMark, StatementView } from './statement-view.ts';

/** How many statements a speaker made in a story, and how they reach the reader. */
export interface StatementCounts {
  total: number;
  quoted: number;
  paraphrased: number;
}

/** One statement in the sidebar. */
export interface SidebarEntry {
  statement: StatementView;
  /** The words, short and readable on their own: whole sentences, a paraphrase as a sentence of its own. */
  excerpt: string;
  /** The role the speaker held when it was said, shown when it is not the same for all their statements. */
  role: string | undefined;
}

/** Entries taken from the same report (the same citations): the report is named once for them. */
export interface SidebarReport {
  citations: CitationView[];
  entries: SidebarEntry[];
}

/** What a speaker said on one occasion: one day, one venue, one channel or platform. */
export interface SidebarOccasion {
  venue: string | undefined;
  channel: string | undefined;
  /** Where the words were posted, when they were: "Truth Social". */
  platform: string | undefined;
  reports: SidebarReport[];
}

/** A speaker: their line in the roster, and their entries. */
export interface SidebarSpeaker {
  id: string;
  name: string;
  mark: SpeakerMark;
  /** The role shared by all their statements, or the person's description when it changed. */
  about: string;
  counts: StatementCounts;
  /** "6 statements: 4 quoted, 2 paraphrased". */
  countLabel: string;
  /** Oldest first; those without a date last. */
  occasions: SidebarOccasion[];
}

export interface Sidebar {
  /** In the order each speaker first appears in the text. */
  speakers: SidebarSpeaker[];
  /** How many statements in all. */
  total: number;
}

/** Longest excerpt shown whole: about five lines of the sidebar. */
const EXCERPT_LENGTH = 210;

/** A paraphrase written as the object of "described": "the talks as “long and substantive”". */
const DESCRIBED_AS = /^(?:the|his|her|their|its|a|an|this|that)\s[^“”",;.]*?\bas\s+(?:an?\s+)?[“"‘]/i;
/** The end of a sentence, with a closing quotation mark or bracket after it. */
const SENTENCE_END = /[.!?…][”’")]*$/;
/** Where one sentence ends and the next begins. */
const BETWEEN_SENTENCES = /(?<=[.!?…][”’")]*)\s+(?=[“"‘(]?\p{Lu})/u;
/** Where a clause ends within a sentence: at a comma, a semicolon, a colon or a dash. */
const CLAUSE_END = /[,;:]\s|\s[–—]\s/g;

/**
 * A paraphrase as a sentence a reader understands out of context. Editors write paraphrases
 * to continue the article's sentence ("Ushakov said <Said>it could be …</Said>"), so they
 * often start in lower case: they read "Said that it could be …", or "Described the talks as
 * “long and substantive”" when they name what the speaker described; one written as a sentence
 * of its own reads "In substance: The port will reopen in June."
 */
export function paraphraseSentence(text: string): string {
  const words = text.replace(/[\s,;:–—]+$/, '').trim();
  // A paraphrase written as a sentence of its own keeps its capital, and is still marked as
  // the speaker's substance rather than words: left bare, it would read as a quote.
  const lead = /^\p{Lu}/u.test(words) ? 'In substance:' : DESCRIBED_AS.test(words) ? 'Described' : 'Said that';
  const opened = `${lead} ${words}`;
  return SENTENCE_END.test(opened) ? opened : `${opened}.`;
}

/** The start of `text`, at most `length` characters, cut at a clause or else a word, with "…". */
function cutWithin(text: string, length: number): string {
  const cut = text.slice(0, length);
  const clause = [...cut.matchAll(CLAUSE_END)].map((match) => match.index).findLast((index) => index > length / 2);
  const space = cut.lastIndexOf(' ');
  const end = clause ?? (space > length / 2 ? space : length);
  return `${cut.slice(0, end).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * A text at most `length` characters long, cut where a reader would pause: after the last
 * whole sentence that fits, else at the last clause, else at a word; with "…" when cut.
 * Whole sentences that fill less than half the room are followed by the start of the next.
 */
export function readableExcerpt(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  let kept = '';
  let rest = text;
  for (const sentence of text.split(BETWEEN_SENTENCES)) {
    const longer = kept ? `${kept} ${sentence}` : sentence;
    if (longer.length > length) break;
    kept = longer;
    rest = rest.slice(sentence.length).trimStart();
  }
  if (kept.length >= length / 2) return `${kept} …`;
  return kept ? `${kept} ${cutWithin(rest, length - kept.length - 1)}` : cutWithin(text, length);
}

/** "6 statements: 4 quoted, 2 paraphrased"; "2 statements, both quoted"; "1 statement, paraphrased". */
export function countLabel({ total, quoted, paraphrased }: StatementCounts): string {
  const statements = total === 1 ? '1 statement' : `${String(total)} statements`;
  if (quoted > 0 && paraphrased > 0)
    return `${statements}: ${String(quoted)} quoted, ${String(paraphrased)} paraphrased`;
  const mode = quoted > 0 ? 'quoted' : 'paraphrased';
  if (total === 1) return `${statements}, ${mode}`;
  return `${statements}, ${total === 2 ? 'both' : 'all'} ${mode}`;
}

/**
 * Dated statements first, oldest first, then those without a date. A statement without a
 * date is not placed at its report's date: the report only says it was said by then. A year
 * or a month comes before the days in it ("2025-10" before "2025-10-09"); the sort is stable,
 * so the statements of one day keep the order of the text.
 */
export function byTimeSaid(a: StatementView, b: StatementView): number {
  if (!a.date || !b.date) return Number(!a.date) - Number(!b.date);
  return a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0;
}

/** The same report: the same sources, each citing the same others. */
function reportKey(citations: readonly CitationView[]): string {
  return citations
    .map((citation) =>
      [
        citation.source.id,
        ...citation.citing.map((link) => (link.kind === 'source' ? link.source.id : link.publisher.id)),
      ].join(' citing '),
    )
    .join(', ');
}

/** The same occasion: the same day, venue, channel and platform. */
function occasionKey(statement: StatementView): string {
  return JSON.stringify([
    statement.date?.value ?? '',
    statement.venue ?? '',
    statement.channel ?? '',
    statement.delivery?.platform ?? '',
  ]);
}

/** A speaker's entries, oldest first, by occasion, and within an occasion by report. */
export function occasionsOf(statements: readonly StatementView[], showRoles: boolean): SidebarOccasion[] {
  const occasions = new Map<string, { occasion: SidebarOccasion; reports: Map<string, SidebarReport> }>();
  for (const statement of [...statements].sort(byTimeSaid)) {
    const key = occasionKey(statement);
    const found = occasions.get(key) ?? {
      occasion: {
        venue: statement.venue,
        channel: statement.channel,
        platform: statement.delivery?.platform,
        reports: [],
      },
      reports: new Map<string, SidebarReport>(),
    };
    occasions.set(key, found);
    const reportId = reportKey(statement.citations);
    let report = found.reports.get(reportId);
    if (!report) {
      report = { citations: statement.citations, entries: [] };
      found.reports.set(reportId, report);
      found.occasion.reports.push(report);
    }
    const words = statement.mode === 'paraphrase' ? paraphraseSentence(statement.displayText) : statement.displayText;
    report.entries.push({ statement, excerpt: readableExcerpt(words), role: showRoles ? statement.role : undefined });
  }
  return [...occasions.values()].map(({ occasion }) => occasion);
}

/** The sidebar of a story, from its speakers in the order they first appear in the text. */
export function buildSidebar(speakers: readonly SpeakerGroup[]): Sidebar {
  const sidebarSpeakers = speakers.map((speaker): SidebarSpeaker => {
    const quoted = speaker.statements.filter((statement) => statement.mode === 'direct').length;
    const counts = { total: speaker.statements.length, quoted, paraphrased: speaker.statements.length - quoted };
    return {
      id: speaker.id,
      name: speaker.name,
      mark: speaker.mark,
      about: speaker.role ?? speaker.description,
      counts,
      countLabel: countLabel(counts),
      occasions: occasionsOf(speaker.statements, speaker.role === undefined),
    };
  });
  return {
    speakers: sidebarSpeakers,
    total: sidebarSpeakers.reduce((sum, speaker) => sum + speaker.counts.total, 0),
  };
}
