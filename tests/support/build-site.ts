import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { shellEnv } from './clean-env.ts';
import { PROJECT_ROOT } from './invalid-cases.ts';

/** Runs `npm run build`'s script on a content folder, into an output folder, as a user would. */
export function buildSite(contentDir: string, outDir: string, cacheDir: string, extraEnv: Record<string, string> = {}) {
  const bin = join(PROJECT_ROOT, 'node_modules', '.bin');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...shellEnv(),
      PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...extraEnv,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
