/**
 * Parsed MDX trees, kept between runs: a file that did not change since the last check is
 * read back instead of parsed again, about ten times faster. The trees of one content folder
 * are one file, a "pack" (gzipped JSON, keyed by a hash of each file's text and of the
 * parser's version): a check reads it once and writes it once, with the trees it used, so it
 * always mirrors the folder as it is. Thousands of small files would cost more in writes than
 * the parsing they save.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Root } from 'mdast';
import { diskCache, projectCacheDir } from './disk-cache.ts';

/** The packages whose versions decide how a text parses: a new version starts a new cache. */
const PARSER_PACKAGES = ['remark-parse', 'remark-mdx', 'remark-frontmatter', 'micromark-extension-mdx-jsx'];
/** Bumped when the cached form changes. */
const FORMAT = 3;

export interface TreeCache {
  get(source: string): Root | undefined;
  set(source: string, tree: Root): void;
  /** Writes what this run used, when anything changed. */
  save(): void;
}

function parserVersion(): string {
  const require = createRequire(import.meta.url);
  const versions = PARSER_PACKAGES.map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      // A package that hides its package.json still parses the same until its dependants change.
      return name;
    }
  });
  return [FORMAT, ...versions].join(' ');
}

/** The pack of one content folder in `dir`. */
export function packTreeCache(dir: string, contentDir: string, version = parserVersion()): TreeCache {
  const store = diskCache(dir, '.json.gz');
  const packKey = `${version}\0${resolve(contentDir)}`;
  const hash = (source: string) => createHash('sha256').update(source).digest('base64url');
  let pack: Record<string, Root> | undefined;
  const used: Record<string, Root> = {};
  let changed = false;
  const load = (): Record<string, Root> => {
    if (pack) return pack;
    try {
      const data = store.read(packKey);
      pack = data ? (JSON.parse(gunzipSync(data).toString('utf8')) as Record<string, Root>) : {};
    } catch {
      pack = {};
    }
    return pack;
  };
  return {
    get(source) {
      const key = hash(source);
      const tree = load()[key];
      if (tree) used[key] = tree;
      return tree;
    },
    set(source, tree) {
      used[hash(source)] = tree;
      changed = true;
    },
    save() {
      // A file removed since the last run also changes the pack.
      if (!changed && Object.keys(used).length === Object.keys(load()).length) return;
      store.write(packKey, gzipSync(JSON.stringify(used), { level: 1 }));
      pack = { ...used };
      changed = false;
    },
  };
}

/** The project's cache of the trees of `contentDir`, unless caching is off. */
export function contentTreeCache(contentDir: string): TreeCache | undefined {
  const dir = projectCacheDir('mdx');
  return dir === undefined ? undefined : packTreeCache(dir, contentDir);
}
