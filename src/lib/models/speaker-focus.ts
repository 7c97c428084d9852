/**
 * The rules of "follow a voice" on a story page, apart from the page so they can be tested
 * without a browser: which speaker a link selects, where "next" and "previous" lead, and
 * which statement counts as the one being read. The custom element of SpeakerFocus.astro
 * (components/story/speaker-focus-element.ts) only wires them to the page.
 */

/** The query parameter that names the selected speaker: `/story/?speaker=yuri-ushakov`. */
export const SPEAKER_PARAM = 'speaker';

/** The speaker a page address selects, if it names one of `speakers`. */
export function speakerInUrl(href: string, speakers: readonly string[]): string | undefined {
  const id = new URL(href).searchParams.get(SPEAKER_PARAM);
  return id !== null && speakers.includes(id) ? id : undefined;
}

/** The page address with `speaker` selected, or with no speaker when it is undefined. */
export function urlWithSpeaker(href: string, speaker: string | undefined): string {
  const url = new URL(href);
  if (speaker) url.searchParams.set(SPEAKER_PARAM, speaker);
  else url.searchParams.delete(SPEAKER_PARAM);
  return url.href;
}

/**
 * The index `step` places away from `index` among `count` statements, going round at either
 * end as find-in-page does. From no statement (-1), "next" is the first and "previous" the last.
 */
export function stepIndex(index: number, step: 1 | -1, count: number): number {
  if (index < 0) return step > 0 ? 0 : count - 1;
  return (index + step + count) % count;
}

/** What the reader hears and sees for a position: "2 of 6". */
export function positionLabel(index: number, count: number): string {
  return `${String(index + 1)} of ${String(count)}`;
}

/** What the reader hears and sees when a speaker is selected: "6 statements". */
export function countLabel(count: number): string {
  return count === 1 ? '1 statement' : `${String(count)} statements`;
}

/** The statement being read: the first, in the order of the text, of those on screen. */
export function statementOnScreen<T>(statements: readonly T[], onScreen: ReadonlySet<T>): T | undefined {
  return statements.find((statement) => onScreen.has(statement));
}
