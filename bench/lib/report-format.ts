/** How BENCHMARKS.md writes its figures and tables. */

export const s = (seconds: number) => `${seconds.toFixed(1)} s`;
export const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
export const mib = (value: number) => `${value.toFixed(0)} MiB`;
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
/** One growth over another; none to give when the other did not grow (a ratio to a fall or to nothing says nothing). */
export const growthRatio = (value: number, other: number) => (other > 0 ? value / other : Number.NaN);
export const bytes = (value: number) => `${value.toLocaleString('en-GB')} B`;

export const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
