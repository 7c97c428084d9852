import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** The URL path of every HTML page in the production build, e.g. "/" and "/story/". */
export function builtPages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${relative(dist, join(dist, file)).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
    .sort();
}
