/**
 * Parsed MDX trees, cached on disk by the file's text and the parser's version: a file that
 * did not change since the last check is read back as JSON, about ten times faster than
 * parsing it again.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { diskCache, projectCacheDir } from './disk-cache.ts';

/** The packages whose versions decide how a text parses: a new version starts a new cache. */
const PARSER_PACKAGES = ['remark-parse', 'remark-mdx', 'remark-frontmatter', 'micromark-extension-mdx-jsx'];
/** Bumped when the cached form changes. */
const FORMAT = 1;

export interface TreeCache {
  get(source: string): Root | undefined;
  set(source: string, tree: Root): void;
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

/** A cache of trees in `dir`. */
export function diskTreeCache(dir: string, version = parserVersion()): TreeCache {
  const cache = diskCache(dir, '.json');
  const key = (source: string) => `${version}\0${source}`;
  return {
    get(source) {
      const data = cache.read(key(source));
      if (!data) return undefined;
      try {
        return JSON.parse(data.toString('utf8')) as Root;
      } catch {
        return undefined;
      }
    },
    set(source, tree) {
      cache.write(key(source), JSON.stringify(tree));
    },
  };
}

/** The project's cache of trees, unless caching is off. */
export function defaultTreeCache(): TreeCache | undefined {
  const dir = projectCacheDir('mdx');
  return dir === undefined ? undefined : diskTreeCache(dir);
}
