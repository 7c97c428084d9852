import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { shellEnv } from './clean-env.ts';
import { PROJECT_ROOT } from './invalid-cases.ts';

function buildEnv(contentDir: string, outDir: string, cacheDir: string, extraEnv: Record<string, string>) {
  const bin = join(PROJECT_ROOT, 'node_modules', '.bin');
  return {
    ...shellEnv(),
    PATH: `${bin}:${process.env['PATH'] ?? ''}`,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...extraEnv,
  };
}

/** Runs `npm run build`'s script on a content folder, into an output folder, as a user would. */
export function buildSite(contentDir: string, outDir: string, cacheDir: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: buildEnv(contentDir, outDir, cacheDir, extraEnv),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The same build of a copy of the engine (see `copyEngine`), without waiting for it: builds
 * of different copies may run side by side. The engine's own cache (parsed files, cards) is
 * kept in the cache folder too, so that a new cache folder is a cold start.
 */
export function buildEngineCopy(
  engineRoot: string,
  contentDir: string,
  outDir: string,
  cacheDir: string,
  extraEnv: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  const env = buildEnv(contentDir, outDir, cacheDir, { EXPLAINER_CACHE_DIR: join(cacheDir, 'explainer'), ...extraEnv });
  const child = spawn(process.execPath, ['scripts/build.ts', '--root', engineRoot], { cwd: PROJECT_ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((done) => {
    child.on('close', (status) => {
      done({ status, output });
    });
  });
}

/**
 * A copy of the engine (its configuration, code and static files) in `engineRoot`, to build
 * with `--root` where its code may be edited. It must be inside the project, whose
 * node_modules it resolves its packages from. Astro keeps part of a build's state in
 * `<root>/.astro/`, so each copy also keeps its builds apart from the project's own.
 */
export function copyEngine(engineRoot: string): void {
  rmSync(engineRoot, { recursive: true, force: true });
  mkdirSync(engineRoot, { recursive: true });
  for (const name of ['astro.config.mjs', 'src', 'public']) {
    cpSync(join(PROJECT_ROOT, name), join(engineRoot, name), { recursive: true });
  }
}
