import type { AstroIntegration } from 'astro';

/**
 * The files that tell feed readers and search engines about the site: the RSS feed and
 * robots.txt (the sitemap is `@astrojs/sitemap`'s). Each holds absolute addresses, so they are
 * written only when the site's address is known (`SITE_URL`); without it the build says so.
 */
export function siteIndexes(): AstroIntegration {
  return {
    name: 'explainer:site-indexes',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, logger }) => {
        if (!config.site) {
          if (command === 'build') {
            logger.info(
              'SITE_URL is not set: no feed, sitemap or robots.txt, and no absolute addresses for sharing. Set it to publish (docs/deploy.md).',
            );
          }
          return;
        }
        injectRoute({ pattern: '/rss.xml', entrypoint: new URL('../routes/rss.xml.ts', import.meta.url) });
        injectRoute({ pattern: '/robots.txt', entrypoint: new URL('../routes/robots.txt.ts', import.meta.url) });
      },
    },
  };
}
