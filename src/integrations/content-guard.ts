import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../lib/check/index.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { contentPass } from '../lib/check/pass.ts';

/**
 * Runs the content check before a build, so that no page is written from content with a
 * mistake in it. The result is shared with the statements loader: the content is checked
 * once per build. The dev server reports problems through that loader and in the page.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const dir = contentDir(fileURLToPath(config.root));
        if (!existsSync(dir)) {
          const error = new AstroError(
            `There is no content folder at ${dir}; nothing was built.`,
            'Build from the project folder, or set CONTENT_DIR to the folder that holds explainers/, people/, sources/ and publishers/.',
          );
          error.stack = '';
          throw error;
        }
        const { problems } = contentPass(dir);
        if (!hasErrors(problems)) {
          if (problems.length > 0) logger.warn(`\n${formatReport(problems)}`);
          return;
        }
        const error = new AstroError(
          `The content has mistakes; nothing was built.\n\n${formatReport(problems)}`,
          'Fix each file at the line shown, then build again; `npm run check` lists the same problems.',
        );
        // The mistake is in the content, not in the engine: its call stack would only bury the list.
        error.stack = '';
        throw error;
      },
    },
  };
}
