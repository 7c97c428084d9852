/**
 * Where a build's time goes, read from what `astro build` prints: its phases, and the time
 * of each generated route grouped by kind. Astro's log is written for people, so a line this
 * does not recognise is skipped and its time lands in "other".
 */

export interface BuildPhases {
  /** From the process's start until Astro starts its clock (Node, the build script, Astro's import). */
  startup: number;
  /** Configuration hooks (our content check among them), content sync and types. */
  setup: number;
  /** Vite bundling the pages and the content modules. */
  bundle: number;
  /** Rendering every route. */
  render: number;
  /** Seconds of rendering per kind of route: pages, people pages, JSON exports, images. */
  routes: Record<string, number>;
  /** What runs after rendering (integrations' `astro:build:done`: a search index, host files). */
  after: number;
}

/** "2m 43s", "18.17s", "948ms" → seconds. */
export function seconds(text: string): number {
  let total = 0;
  for (const [, amount = '0', unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) {
    total += Number(amount) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  }
  return total;
}

function routeKind(path: string): string {
  if (/\.(png|jpe?g|webp|svg)$/.test(path)) return 'images';
  if (path.endsWith('.json')) return 'JSON exports';
  if (/\.(xml|txt)$/.test(path)) return 'feeds and text files';
  if (/\/people\//.test(path)) return 'people pages';
  return 'other pages';
}

/** The phases of a build from its output and its wall time in seconds. */
export function buildPhases(output: string, wallSeconds: number): BuildPhases {
  let collecting = false;
  let rendering = false;
  let setup = 0;
  let bundle = 0;
  let render = 0;
  let total = wallSeconds;
  const routes: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const completed = /✓ Completed in (.+?)\.?\s*$/.exec(line)?.[1];
    const route = /[├└]─\s+(\S+).*\(\+(\d+)ms\)/.exec(line);
    if (line.includes('Collecting build info')) collecting = true;
    else if (line.includes('generating static routes')) rendering = true;
    else if (completed && collecting) {
      setup = seconds(completed);
      collecting = false;
    } else if (completed && rendering) {
      render = seconds(completed);
      rendering = false;
    } else if (/\[vite\] ✓ built in/.test(line)) bundle += seconds(line.slice(line.indexOf('built in')));
    else if (/page\(s\) built in/.test(line)) total = seconds(line.slice(line.indexOf('built in')));
    if (route?.[1] && route[2]) {
      const kind = routeKind(route[1]);
      routes[kind] = (routes[kind] ?? 0) + Number(route[2]) / 1000;
    }
  }
  return {
    startup: Math.max(0, wallSeconds - total),
    setup,
    bundle,
    render,
    routes,
    after: Math.max(0, total - setup - bundle - render),
  };
}

/** How many pages Astro says it built ("360 page(s) built in 11.09s"), when it says so. */
export function pagesBuilt(output: string): number | undefined {
  const count = [...output.matchAll(/(\d+) page\(s\) built in/g)].at(-1)?.[1];
  return count === undefined ? undefined : Number(count);
}

/** How many files Astro wrote for its routes, rendered or copied: one "├─ /path" line each. */
export function routesWritten(output: string): number {
  return [...output.matchAll(/[├└]─ \S+/g)].length;
}

/** How many pages Astro copied from the last build rather than rendering them: "├─ /path (restored)" or "(cached)". */
export function reusedPages(output: string): number {
  return [...output.matchAll(/├─ \S+ \((?:restored|cached)\)/g)].length;
}
