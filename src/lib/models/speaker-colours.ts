/**
 * One colour per person across the whole site: a reader who learns that Putin's mark is blue
 * on one story finds it blue on every other. Colours are handed out in the order people first
 * speak, oldest story first, each person taking the first colour none of the people they share
 * a story with already has; only when a story has more speakers than colours do two of them
 * share one. A new, later story never changes an earlier person's colour.
 */
import { MARK_COLOURS } from './statement-view.ts';

/** The speakers of each story, in reading order, the oldest story first. */
export function speakerColours(stories: readonly (readonly string[])[]): Map<string, number> {
  const colours = new Map<string, number>();
  const together = new Map<string, Set<string>>();
  for (const speakers of stories) {
    for (const person of speakers) {
      const others = together.get(person) ?? new Set<string>();
      for (const other of speakers) if (other !== person) others.add(other);
      together.set(person, others);
    }
  }
  for (const speakers of stories) {
    for (const person of speakers) {
      if (colours.has(person)) continue;
      const taken = new Map<number, number>();
      for (const other of together.get(person) ?? []) {
        const colour = colours.get(other);
        if (colour !== undefined) taken.set(colour, (taken.get(colour) ?? 0) + 1);
      }
      const all = Array.from({ length: MARK_COLOURS }, (_, i) => i + 1);
      const free = all.find((colour) => !taken.has(colour));
      const leastShared = all.reduce((best, colour) =>
        (taken.get(colour) ?? 0) < (taken.get(best) ?? 0) ? colour : best,
      );
      colours.set(person, free ?? leastShared);
    }
  }
  return colours;
}
