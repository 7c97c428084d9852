/**
 * A content-addressed cache on disk that builds, `npm run check` and the dev server share:
 * what was computed from a text is found again by a hash of that text. Any failure to read
 * or write is a miss, never an error. EXPLAINER_CACHE=0 turns it off, EXPLAINER_CACHE_DIR
 * moves it (by default `node_modules/.cache/explainer/`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DiskCache {
  read(key: string): Buffer | undefined;
  write(key: string, data: string | Uint8Array): void;
}

/** A cache in `dir`, one file per key, named by the key's hash. */
export function diskCache(dir: string, extension = ''): DiskCache {
  let ready = false;
  const fileFor = (key: string) => join(dir, `${createHash('sha256').update(key).digest('hex')}${extension}`);
  return {
    read(key) {
      try {
        return readFileSync(fileFor(key));
      } catch {
        return undefined;
      }
    },
    write(key, data) {
      try {
        if (!ready) mkdirSync(dir, { recursive: true });
        ready = true;
        const file = fileFor(key);
        // Written aside, then renamed: a process reading at the same time never sees half a file.
        const partial = `${file}.${String(process.pid)}.tmp`;
        writeFileSync(partial, data);
        renameSync(partial, file);
      } catch {
        // A read-only or full disk only makes the next run slower.
      }
    },
  };
}

/** The folder of one kind of cached thing, or undefined when caching is off. */
export function projectCacheDir(kind: string): string | undefined {
  if (process.env['EXPLAINER_CACHE'] === '0') return undefined;
  const root = process.env['EXPLAINER_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'explainer');
  return join(root, kind);
}
