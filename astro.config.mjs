// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { remarkStatements } from './src/lib/remark-statements.ts';

/** Deploy under a sub-path with BASE_PATH=/news/ and absolute links with SITE_URL. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  // A build of another content set (tests) keeps its content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ remarkPlugins: [remarkStatements] }) },
  integrations: [contentGuard(), mdx()],
  vite: {
    build: {
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
