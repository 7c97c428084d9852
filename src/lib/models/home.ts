/** The home page: each listed story with the days it covers and who speaks in it. */
import { formatDate, formatPeriod } from '../text/dates.ts';
import { translationNote } from './translation.ts';
import { type ListedStory, type SiteInput, type StoryRef, ref } from './listed-stories.ts';

/** The words a story's entry on the home page quotes, and who said them. */
export interface KeyQuote {
  /** The statement's id: its anchor in the story. */
  id: string;
  /** The words as the story gives them. */
  text: string;
  lang: string;
  speakerName: string;
  /** The speaker's office when they said it, e.g. "President of Russia". */
  role: string | undefined;
  /** "Translated from Russian" when the words are not those the speaker used. */
  translation: string | undefined;
}

/** A story on the home page: the days it covers and who speaks in it. */
export interface StorySummary extends StoryRef {
  summary: string;
  published: string;
  asOf: string;
  draft: boolean;
  /** From its earliest dated statement or event to its `asOf`. */
  span: { from: string; to: string; label: string };
  /** Everyone quoted in it, in order of first appearance. */
  speakers: { id: string; name: string }[];
  /** The quote chosen with `keyQuote`, or else its first quote; none when it only paraphrases. */
  keyQuote: KeyQuote | undefined;
}

/** The quote the editor chose, or else the story's first: a paraphrase is never shown as words said. */
export function keyQuoteOf(story: Pick<ListedStory, 'keyQuote' | 'statements'>): KeyQuote | undefined {
  const quotes = story.statements.filter((view) => view.mode === 'direct');
  const view = quotes.find((one) => one.id === story.keyQuote) ?? quotes[0];
  return (
    view && {
      id: view.id,
      text: view.displayText,
      lang: view.wordsLanguage,
      speakerName: view.speakerName,
      role: view.role,
      translation: translationNote(view)?.text,
    }
  );
}
/** "24–25 June 2025", or "June 2025 – 15 August 2025" when the start is known only to the month. */
export function spanLabel(from: string, to: string): string {
  return from.length === 10 ? formatPeriod({ from, to }) : `${formatDate(from)} – ${formatDate(to)}`;
}
/** Each listed story, newest first, with the days it covers and its speakers. */
export function buildStorySummaries(input: SiteInput): StorySummary[] {
  return input.stories.map((story) => {
    const dates = [
      ...story.statements.flatMap((view) => (view.date ? [view.date.value] : [])),
      ...story.events.map((event) => event.date),
    ].sort();
    const from = dates[0] ?? story.asOf;
    // A map keeps the place of a key's first insertion: the speaker's first appearance.
    const speakers = new Map(story.statements.map((view) => [view.speakerId, view.speakerName]));
    return {
      ...ref(story),
      summary: story.summary,
      published: story.published,
      asOf: story.asOf,
      draft: story.draft,
      span: { from, to: story.asOf, label: spanLabel(from, story.asOf) },
      speakers: [...speakers].map(([id, name]) => ({ id, name })),
      keyQuote: keyQuoteOf(story),
    };
  });
}
