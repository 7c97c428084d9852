import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARD_WORKER_SCRIPT } from '../lib/exports/card-pool.ts';

/**
 * Tells a build where the script of its card workers is (`src/lib/exports/card-pool.ts`). The
 * code that starts them is bundled into another folder, where a path relative to it would
 * lead nowhere, so the path is defined for Vite from the project's `src/` folder. The dev
 * server gets none and draws its cards on its own thread.
 */
export function cardWorkers(): AstroIntegration {
  return {
    name: 'explainer:card-workers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const script = fileURLToPath(new URL(CARD_WORKER_SCRIPT, config.srcDir));
        if (!existsSync(script)) {
          throw new AstroError(
            `The build draws its social cards with ${script}, which is missing.`,
            `Restore src/${CARD_WORKER_SCRIPT} from the engine.`,
          );
        }
        updateConfig({ vite: { define: { __EXPLAINER_CARD_WORKER__: JSON.stringify(script) } } });
      },
    },
  };
}
