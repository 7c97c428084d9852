/**
 * The builds and checks the benchmark times, as commands, and the folders they write.
 *
 * Our site is built by the project's own build script (`scripts/build.ts`) on the engine's
 * files copied under `bench-output/engine/`, with `--root` pointing there. Astro keeps part of
 * a build's state in `<root>/.astro/` whatever the cache folder (the list of content modules a
 * build renders from), so two builds of one root with different content at the same time read
 * each other's list and fail. The copy gives the benchmark's builds a root of their own.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { measure, type Command, type Measured } from './measure.ts';

export const PROJECT = resolve(import.meta.dirname, '..', '..');
export const OUTPUT = join(PROJECT, 'bench-output');
const BIN = join(PROJECT, 'node_modules', '.bin');
const NODE = join(BIN, 'node');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** What the engine is made of: its configuration, its code and its static files. */
const ENGINE_FILES = ['astro.config.mjs', 'src', 'public'];

/** A site the benchmark builds: how, and what to delete for a cold build. */
export interface SiteBuild {
  name: string;
  command: Command;
  /** The built site. */
  out: string;
  /** Output and caches: removed before a cold build. */
  state: string[];
}

/** The shell's environment, without the variables that would change what a build makes. */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dropped = new Set([
    'BASE_PATH',
    'SITE_URL',
    'CONTENT_DIR',
    'OUT_DIR',
    'ASTRO_CACHE_DIR',
    'EXPLAINER_CACHE',
    'EXPLAINER_CACHE_DIR',
    'NODE_ENV',
  ]);
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !dropped.has(name))),
    // `astro` starts with `#!/usr/bin/env node`: the project's Node must come first.
    PATH: `${BIN}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/** Copies the engine (configuration, code, static files) into `root`, to build from there. */
export function copyEngine(root: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const name of ENGINE_FILES) cpSync(join(PROJECT, name), join(root, name), { recursive: true });
}

/** `npm run build`'s script on a content folder, from the engine copied into `engineRoot`. */
export function oursBuild(
  engineRoot: string,
  contentDir: string,
  folder: string,
  extraEnv: Record<string, string> = {},
): SiteBuild {
  const out = join(folder, 'dist');
  const cache = join(folder, 'cache');
  return {
    name: 'ours',
    out,
    state: [out, cache, join(engineRoot, '.astro'), join(engineRoot, 'node_modules')],
    command: {
      command: NODE,
      args: ['scripts/build.ts', '--root', engineRoot],
      cwd: PROJECT,
      // The engine's own cache (parsed files, social cards) lives in the build's cache folder, so a cold build starts without it.
      env: benchEnv({
        CONTENT_DIR: contentDir,
        OUT_DIR: out,
        ASTRO_CACHE_DIR: cache,
        EXPLAINER_CACHE_DIR: join(cache, 'explainer'),
        ...extraEnv,
      }),
    },
  };
}

/** `astro build` of a generated peer site; it writes `root/dist` and caches in `root/node_modules/.astro`. */
export function peerBuild(name: string, root: string): SiteBuild {
  return {
    name,
    out: join(root, 'dist'),
    state: [join(root, 'dist'), join(root, '.astro'), join(root, 'node_modules')],
    command: { command: NODE, args: [ASTRO, 'build', '--root', root], cwd: PROJECT, env: benchEnv() },
  };
}

/** `npm run check`'s script on a content folder, with its cache of parsed files in `cacheDir`. */
export function checkCommand(contentDir: string, cacheDir: string): Command {
  return {
    command: NODE,
    args: ['scripts/check.ts'],
    cwd: PROJECT,
    env: benchEnv({ CONTENT_DIR: contentDir, EXPLAINER_CACHE_DIR: cacheDir }),
  };
}

/** A command as a person would type it from the project folder. */
export function shown(command: Command): string {
  const env = Object.entries(command.env)
    .filter(([name]) => ['NODE_OPTIONS', 'CONTENT_DIR', 'OUT_DIR', 'ASTRO_CACHE_DIR', 'SITE_URL'].includes(name))
    .map(([name, value = '']) => `${name}=${value.startsWith('/') ? relative(PROJECT, value) : value}`);
  const args = command.args.map((arg) => (arg.startsWith('/') ? relative(PROJECT, arg) : arg));
  return [...env, relative(PROJECT, command.command), ...args].join(' ');
}

export function coldStart(build: SiteBuild): void {
  for (const path of build.state) rmSync(path, { recursive: true, force: true });
}

/** Runs a command and keeps its output in `log`, whether it succeeds or fails. */
export async function logged(command: Command, log: string): Promise<Measured> {
  const measured = await measure(command);
  mkdirSync(join(log, '..'), { recursive: true });
  writeFileSync(log, measured.output);
  return measured;
}

/** Runs a command, keeps its output in `log`, and stops the benchmark with that output if it fails. */
export async function timed(command: Command, log: string): Promise<Measured> {
  const measured = await logged(command, log);
  if (measured.status !== 0) {
    throw new Error(
      `${shown(command)} failed (exit ${String(measured.status)}); its output is in ${relative(PROJECT, log)}:\n${measured.output.split('\n').slice(-30).join('\n')}`,
    );
  }
  return measured;
}

/** A cold build (output and caches deleted first), timed; a failure stops the benchmark. */
export function coldBuild(build: SiteBuild, log: string): Promise<Measured> {
  coldStart(build);
  return timed(build.command, log);
}
