/**
 * How far one word is from another, for the "did you mean" of a message: an id, a field name
 * or a quote's closest passage.
 */

/** Levenshtein distance between two sequences (of characters or of words). */
export function editDistance<T>(a: ArrayLike<T> | string, b: ArrayLike<T> | string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Ranks known ids by how close they are to a mistyped one. */
export function closestIds(wrong: string, known: Iterable<string>, count = 3): string[] {
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(wrong, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** The one known word close enough to a wrong one to be what was meant, if any. */
export function closeMatch(wrong: string, known: Iterable<string>): string | undefined {
  const [closest] = closestIds(wrong, known, 1);
  if (closest === undefined) return undefined;
  const distance = editDistance(wrong, closest);
  // Short words are all close to each other: "to" is two edits from "by", and means nothing.
  return distance <= Math.max(2, Math.floor(wrong.length / 3)) && distance < wrong.length ? closest : undefined;
}

/** `did you mean "summary"?` when one of the known words is close to the wrong one. */
export function didYouMean(wrong: string, known: Iterable<string>): string | undefined {
  const meant = closeMatch(wrong, known);
  return meant === undefined ? undefined : `did you mean "${meant}"?`;
}
