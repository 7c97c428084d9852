import { closestIds, editDistance } from '../text/edit-distance.ts';

/** The hint for an unknown id: the close ids that exist, then all of them. */
export function unknownIdHint(wrong: string, known: readonly string[], what: string): string {
  if (known.length === 0) return `no ${what} exists yet: add one first`;
  const near = closestIds(wrong, known).filter(
    (candidate) => editDistance(wrong, candidate) <= Math.max(2, Math.floor(wrong.length / 3)),
  );
  const listed = known.length > 15 ? `${known.slice(0, 15).join(', ')}, …` : known.join(', ');
  const guess = near.length > 0 ? `did you mean ${near.map((candidate) => `"${candidate}"`).join(' or ')}? ` : '';
  return `${guess}${what} ids that exist: ${listed}`;
}
