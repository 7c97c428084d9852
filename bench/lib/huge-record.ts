/**
 * The figures of the build of many stories, kept in BENCHMARKS.md as data beside their
 * section, so that a full run that does not make that build (it is opt-in) writes the last
 * one's section again, dated, instead of dropping it.
 */
import type { HugeResult } from './huge.ts';

const MARK = 'bench-huge';

/** The figures as an HTML comment, which Markdown does not show. */
export function recordHuge(result: HugeResult): string {
  // "--" cannot stand in an HTML comment; in JSON it only occurs inside strings, where \u002d reads back as "-".
  return `<!-- ${MARK} ${JSON.stringify(result).replaceAll('--', '-\\u002d')} -->`;
}

/** The figures an earlier report kept, if it kept any that read as such. */
export function readHuge(markdown: string): HugeResult | undefined {
  const json = new RegExp(`<!-- ${MARK} (\\{.*?\\}) -->`, 's').exec(markdown)?.[1];
  if (!json) return undefined;
  try {
    const data = JSON.parse(json) as Partial<HugeResult>;
    const complete =
      typeof data.stories === 'number' &&
      typeof data.date === 'string' &&
      typeof data.ours?.seconds === 'number' &&
      typeof data.stock?.seconds === 'number' &&
      Array.isArray(data.largest) &&
      Array.isArray(data.commands);
    return complete ? (data as HugeResult) : undefined;
  } catch {
    return undefined;
  }
}
