/**
 * The search index of the last build, kept to be used again: Pagefind reads every page of the
 * site, so a build whose pages and statements are all as they were copies the index it wrote
 * then instead of making it again. The key is a digest of everything the index is made from:
 * each HTML page's path and bytes, the statement records, Pagefind's version and its settings.
 * One index is kept, the last; EXPLAINER_CACHE=0 turns the cache off.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { projectCacheDir } from '../content/disk-cache.ts';
import { digest } from '../text/digest.ts';

/** Every HTML page under `site` by its path there (with `/`), each with the SHA-256 of its bytes, in path order. */
export function htmlPages(site: string): [string, string][] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split(sep).join('/'))
    .sort()
    .map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(site, path)))
        .digest('hex'),
    ]);
}

/** The key of the index made from the pages under `site` and the rest of what Pagefind is given. */
export function searchIndexKey(site: string, given: { settings: unknown; records: unknown }): string {
  return digest({ pagefind: pagefindVersion(), ...given, pages: htmlPages(site) });
}

/** The version of Pagefind installed, from its package.json (which its exports do not offer). */
function pagefindVersion(): string {
  const folders = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  for (const folder of folders) {
    const file = join(folder, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error('The version of Pagefind could not be read: reinstall the dependencies (`npm ci`).');
}

/** Where an index is kept, by its key; undefined when the cache is off. */
function keptAt(key: string): string | undefined {
  const dir = projectCacheDir('search-index');
  return dir === undefined ? undefined : join(dir, key);
}

/** Copies the index kept under `key` to `outputPath`; false when there is none. */
export function restoreSearchIndex(key: string, outputPath: string): boolean {
  const kept = keptAt(key);
  if (!kept || !existsSync(kept)) return false;
  try {
    rmSync(outputPath, { recursive: true, force: true });
    cpSync(kept, outputPath, { recursive: true });
    return true;
  } catch {
    // A half-copied index is made again.
    rmSync(outputPath, { recursive: true, force: true });
    return false;
  }
}

/** Keeps the index at `outputPath` under `key`, in place of the one kept before. */
export function keepSearchIndex(key: string, outputPath: string): void {
  const kept = keptAt(key);
  if (!kept) return;
  const dir = join(kept, '..');
  const partial = `${kept}.${String(process.pid)}.partial`;
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(outputPath, partial, { recursive: true });
    // Renamed once whole: a build that stops half-way leaves no index that looks kept.
    renameSync(partial, kept);
  } catch {
    // A read-only or full disk only makes the next build slower.
    rmSync(partial, { recursive: true, force: true });
  }
}
