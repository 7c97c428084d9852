import { readdirSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { normaliseBase } from '../../src/lib/paths.ts';

/** The production build the dist checks and browser tests read: `dist/`, or the folder `npm run build` wrote (OUT_DIR). */
export const DIST = resolve(join(import.meta.dirname, '..', '..'), process.env['OUT_DIR'] ?? 'dist');

/** The base path the build under test was built for (BASE_PATH), with both slashes: "/" or "/news/explainers/". */
export const BASE = normaliseBase(process.env['BASE_PATH'] ?? '/');

/** Every HTML file of a build, as a path relative to it with "/" separators. */
export function builtHtmlFiles(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** The URL path of a built HTML file under a base path: "story/index.html" → "/base/story/", "404.html" → "/base/404.html". */
export function pagePath(file: string, base = '/'): string {
  if (posix.basename(file) !== 'index.html') return posix.join(base, file);
  const dir = posix.dirname(file);
  return posix.join(base, dir === '.' ? '' : dir, '/');
}
