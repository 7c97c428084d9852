import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../lib/paths.ts';
import { renderHeadersFile } from './security-headers.ts';

/**
 * Writes the `_headers` file that Netlify and Cloudflare Pages read from the built site: the
 * security headers and caching of `src/integrations/security-headers.ts`, under the base path the site
 * is built for. Other hosts ignore it (docs/deploy.md says what to set there).
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  let assets: string | undefined;
  return {
    name: 'explainer:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        // `dir` is where this build writes, a temporary folder that replaces dist/ once it is complete.
        const file = fileURLToPath(new URL('_headers', dir));
        if (existsSync(file)) {
          const error = new AstroError(
            'public/_headers would replace the response headers the site writes for Netlify and Cloudflare Pages.',
            'Delete public/_headers and add its rules to src/integrations/security-headers.ts, which the build writes to _headers.',
          );
          // The mistake is a file of the site, not the engine: a call stack would only bury it.
          error.stack = '';
          throw error;
        }
        writeFileSync(file, renderHeadersFile(base, assets));
        logger.info(
          `_headers: security headers and caching for Netlify and Cloudflare Pages under ${normaliseBase(base)}`,
        );
      },
    },
  };
}
