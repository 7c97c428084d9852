import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The production build the dist checks and browser tests read. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file of a build, as a path relative to it with "/" separators. */
export function builtHtmlFiles(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** The URL path of a built HTML file under a base path: "story/index.html" → "/base/story/". */
export function pagePath(file: string, base = '/'): string {
  const dir = posix.dirname(file);
  return posix.join(base, dir === '.' ? '' : dir, '/');
}
