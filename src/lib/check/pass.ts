/**
 * One content check per state of `content/`, shared by everything that needs it in one
 * process: the build's guard, the statements loader and, in the dev server, the pages that
 * show an editor their mistakes. The result is kept until a file under the folder changes.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type CheckOptions, type CheckResult } from './index.ts';

interface CachedPass {
  fingerprint: string;
  result: CheckResult;
}

/*
 * Astro loads the config (and with it the build's guard) and the content config through
 * different module graphs, so a module-level variable would exist twice; the process's
 * global object is the one place both see.
 */
const CACHE_KEY = Symbol.for('explainer-engine.content-pass');

function cache(): Map<string, CachedPass> {
  const holder = globalThis as typeof globalThis & { [CACHE_KEY]?: Map<string, CachedPass> };
  const existing = holder[CACHE_KEY];
  if (existing) return existing;
  const created = new Map<string, CachedPass>();
  holder[CACHE_KEY] = created;
  return created;
}

/** A digest of every entry's path, size and change time under `dir` (links are not followed). */
export function contentFingerprint(dir: string): string {
  const hash = createHash('sha1');
  const visit = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const stats = lstatSync(path, { throwIfNoEntry: false });
      if (!stats) continue;
      hash.update(`${path}\0${stats.size}\0${stats.mtimeMs}\0${stats.ctimeMs}\n`);
      if (stats.isDirectory()) visit(path);
    }
  };
  visit(dir);
  return hash.digest('hex');
}

/** The check of `contentDir` as it is now: computed once, then reused until a file changes. */
export function contentPass(contentDir: string, options: CheckOptions = {}): CheckResult {
  const fingerprint = contentFingerprint(contentDir);
  const key = `${contentDir}\0${options.displayBase ?? ''}`;
  const cached = cache().get(key);
  if (cached?.fingerprint === fingerprint) return cached.result;
  const result = checkContent(contentDir, options);
  // Lets a test (or a curious developer) see how often the content is read and checked.
  if (process.env['EXPLAINER_TRACE_CHECK']) console.error(`[explainer] checked ${contentDir}`);
  cache().set(key, { fingerprint, result });
  return result;
}
