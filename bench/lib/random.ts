/**
 * A seeded random source, so that the synthetic content of a benchmark is the same on every
 * machine and every run: a change in the numbers is a change in the engine, not in the input.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, size). */
  below(size: number): number;
  /** One item of a list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items of a list, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Mulberry32: small, fast and good enough to draw words and people. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (size: number): number => Math.floor(next() * size);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[below(items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const drawn: T[] = [];
    while (drawn.length < count && pool.length > 0) drawn.push(...pool.splice(below(pool.length), 1));
    return drawn;
  };
  return { next, below, pick, sample };
}
