import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content-dir.ts';
import { checkContent, formatReport, hasErrors } from '../lib/check/index.ts';

/**
 * Runs the content check before a build, so that no page is written from content with
 * a mistake in it, and reports it while the dev server runs.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { problems } = checkContent(contentDir(fileURLToPath(config.root)));
        if (!hasErrors(problems)) {
          if (problems.length > 0) logger.warn(`\n${formatReport(problems)}`);
          return;
        }
        logger.error(`\n${formatReport(problems)}\nNothing was built: fix the errors above, then build again.`);
        // A stack trace would bury the list of mistakes, which is all an editor needs.
        process.exit(1);
      },
    },
  };
}
