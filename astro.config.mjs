// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cardWorkers } from './src/integrations/card-workers.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { pagePolicy } from './src/integrations/page-policy.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteIndexes } from './src/integrations/site-indexes.ts';
import { siteAddress, SiteAddressError } from './src/lib/site-address.ts';
import { satteriStatements } from './src/markdown/satteri-statements.ts';
import { satteriTypography, smartPunctuation } from './src/markdown/satteri-typography.ts';

/** Deploy under a sub-path with BASE_PATH=/news/ and absolute links with SITE_URL, both checked first. */
const { site, base } = (() => {
  try {
    return siteAddress(process.env);
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    // Astro prints a stack trace for anything thrown while it loads its config: an editor
    // deploying the site needs the one line that names the variable, and its fix.
    console.error(`${error.message}\n  ${error.hint}`);
    process.exit(1);
  }
})();

/**
 * This file as a digest. Astro's incremental build starts cold when a setting it hashes
 * changes (the address, the base path, Markdown, the security policy, `vite.define` …), but it
 * does not hash the integrations and plugins listed here: the digest is defined for Vite below
 * so that any edit of this file starts the next build cold, as a change of the lockfile does.
 */
const configDigest = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex');

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // `npm run preview` serves the folder `npm run build` wrote (OUT_DIR, default dist/).
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  // A build of another content set (tests) keeps its content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Two pages at a time: a social card's PNG is encoded off the main thread while the next page
  // renders (a build of 100 synthetic stories: 9.0 s at one, 7.8 s at two, no gain at four).
  build: { format: 'directory', concurrency: 2 },
  // A page whose route gives it a cache key (src/lib/routes/cache-key.ts) is copied from the
  // last build while its key and its code are unchanged. The copies live in the cache folder
  // (`node_modules/.astro/`, or ASTRO_CACHE_DIR), so a build into a new folder reuses them.
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  markdown: {
    // Stories hold no code to colour, and Shiki's inline styles would break the security policy.
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [satteriStatements, satteriTypography], features: { smartPunctuation } }),
  },
  // The feed, robots.txt and the sitemap need the site's address: they are written only when it is set.
  integrations: [
    contentGuard(),
    cardWorkers(),
    mdx(),
    pagePolicy(),
    searchIndex(),
    siteIndexes(),
    hostFiles(),
    ...(site ? [sitemap()] : []),
  ],
  vite: {
    define: { __ENGINE_CONFIG_DIGEST__: JSON.stringify(configDigest) },
    build: {
      // A script is a file of its own, never inlined: it loads after the first paint and is cached
      // across pages, and the 14 KB a page's first round trip carries go to its text.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro starts each MDX module it bundles with its own marker "use astro:head-inject",
        // and Rolldown warns with a code frame for every story file that it may drop it; there
        // is nothing to fix on our side (withastro/astro#18087). Every other warning still shows.
        onLog(level, log, handler) {
          const headInject = log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
          if (level === 'warn' && headInject) return;
          handler(level, log);
        },
      },
    },
  },
});
