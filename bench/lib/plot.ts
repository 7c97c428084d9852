/**
 * The benchmark's one chart, written as SVG by hand: build time per story (the build's median
 * time divided by N) against N on a logarithmic axis, ours and stock Astro. Static text and
 * lines only, so it reads the same in any viewer and in the repository's file view.
 */

export interface Series {
  name: string;
  colour: string;
  /** Dashes for the line, so that the two series differ without colour too. */
  dash: string;
  points: { stories: number; msPerStory: number }[];
}

const WIDTH = 760;
const HEIGHT = 440;
const PLOT = { left: 84, right: 560, top: 56, bottom: 360 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const format = (value: number) =>
  value === 0 || value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
/** Room on each side of the logarithmic axis, in decades, so that no point sits on an axis. */
const X_PADDING = 0.15;

/** A round step for about five ticks up to `max`: 1, 2 or 5 times a power of ten. */
function tickStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}

export function buildPerStoryChart(series: readonly Series[]): string {
  const all = series.flatMap((one) => one.points);
  const minExp = Math.floor(Math.log10(Math.min(...all.map((p) => p.stories))));
  const maxExp = Math.max(minExp + 1, Math.ceil(Math.log10(Math.max(...all.map((p) => p.stories)))));
  const step = tickStep(Math.max(...all.map((p) => p.msPerStory), 1));
  const yMax = Math.ceil(Math.max(...all.map((p) => p.msPerStory), 1) / step) * step;
  const from = minExp - X_PADDING;
  const to = maxExp + X_PADDING;
  const x = (stories: number) => PLOT.left + ((Math.log10(stories) - from) / (to - from)) * (PLOT.right - PLOT.left);
  const measured = [...new Set(all.map((p) => p.stories))];
  const decades = Array.from({ length: maxExp - minExp + 1 }, (_, index) => 10 ** (minExp + index));
  const xTicks = [...new Set([...decades, ...measured])].sort((a, b) => a - b);
  const y = (ms: number) => PLOT.bottom - (ms / yMax) * (PLOT.bottom - PLOT.top);

  const lines: string[] = [];
  for (const stories of xTicks) {
    const at = x(stories).toFixed(1);
    lines.push(`<line x1="${at}" y1="${String(PLOT.top)}" x2="${at}" y2="${String(PLOT.bottom)}" class="grid"/>`);
    lines.push(`<text x="${at}" y="${String(PLOT.bottom + 22)}" text-anchor="middle">${String(stories)}</text>`);
  }
  for (let ms = 0; ms <= yMax + step / 2; ms += step) {
    const at = y(ms).toFixed(1);
    lines.push(`<line x1="${String(PLOT.left)}" y1="${at}" x2="${String(PLOT.right)}" y2="${at}" class="grid"/>`);
    lines.push(
      `<text x="${String(PLOT.left - 10)}" y="${at}" text-anchor="end" dominant-baseline="middle">${format(ms)}</text>`,
    );
  }

  const drawn = series.map((one, index) => {
    const points = [...one.points].sort((a, b) => a.stories - b.stories);
    const path = points.map((p) => `${x(p.stories).toFixed(1)},${y(p.msPerStory).toFixed(1)}`).join(' ');
    const marks = points
      .map((p, at) => {
        const cx = x(p.stories);
        const cy = y(p.msPerStory).toFixed(1);
        // The value beside its point, turned inwards at the last one so that it stays in the plot.
        const last = at === points.length - 1 && points.length > 1;
        const label = `x="${(cx + (last ? -8 : 8)).toFixed(1)}" y="${(y(p.msPerStory) - 9).toFixed(1)}" text-anchor="${last ? 'end' : 'start'}"`;
        return `<circle cx="${cx.toFixed(1)}" cy="${cy}" r="4.5" fill="${one.colour}"/><text ${label} fill="${one.colour}">${format(p.msPerStory)}</text>`;
      })
      .join('');
    const legendY = PLOT.top + 20 + index * 24;
    const legendX = PLOT.right + 16;
    return [
      `<polyline points="${path}" fill="none" stroke="${one.colour}" stroke-width="2.5" stroke-dasharray="${one.dash}"/>`,
      marks,
      `<line x1="${String(legendX)}" y1="${String(legendY)}" x2="${String(legendX + 32)}" y2="${String(legendY)}" stroke="${one.colour}" stroke-width="2.5" stroke-dasharray="${one.dash}"/>`,
      `<circle cx="${String(legendX + 16)}" cy="${String(legendY)}" r="4.5" fill="${one.colour}"/>`,
      `<text x="${String(legendX + 40)}" y="${String(legendY)}" dominant-baseline="middle">${escape(one.name)}</text>`,
    ].join('');
  });

  const title = 'Build time per story against the number of stories';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(WIDTH)} ${String(HEIGHT)}" width="${String(WIDTH)}" height="${String(HEIGHT)}" role="img" aria-labelledby="title desc">
<title id="title">${title}</title>
<desc id="desc">Median build time divided by the number of stories, in milliseconds, for ${escape(series.map((one) => one.name).join(' and '))}, at ${escape([...new Set(all.map((p) => p.stories))].sort((a, b) => a - b).join(', '))} stories (logarithmic axis).</desc>
<style>text{font:13px system-ui,-apple-system,"Segoe UI",sans-serif;fill:#222}.grid{stroke:#ddd;stroke-width:1}.axis{stroke:#444;stroke-width:1.5}.label{font-size:14px;font-weight:600}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${String(PLOT.left)}" y="28" class="label">${title}</text>
${lines.join('\n')}
<line x1="${String(PLOT.left)}" y1="${String(PLOT.bottom)}" x2="${String(PLOT.right)}" y2="${String(PLOT.bottom)}" class="axis"/>
<line x1="${String(PLOT.left)}" y1="${String(PLOT.top)}" x2="${String(PLOT.left)}" y2="${String(PLOT.bottom)}" class="axis"/>
<text x="${String((PLOT.left + PLOT.right) / 2)}" y="${String(PLOT.bottom + 50)}" text-anchor="middle" class="label">stories built (N, logarithmic scale)</text>
<text transform="translate(22 ${String((PLOT.top + PLOT.bottom) / 2)}) rotate(-90)" text-anchor="middle" class="label">build time ÷ N (ms per story)</text>
${drawn.join('\n')}
</svg>
`;
}
