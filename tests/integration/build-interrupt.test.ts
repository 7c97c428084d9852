/**
 * An interrupted build leaves dist/ as it was and cleans up after itself, however it is
 * interrupted; the next build puts back what a build killed outright left behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { shellEnv } from '../support/clean-env.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VALID = join(ROOT, 'tests', 'fixtures', 'valid');
const work = mkdtempSync(join(tmpdir(), 'explainer-build-interrupt-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function env(outDir: string, contentDir = VALID): NodeJS.ProcessEnv {
  return shellEnv({
    PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  });
}

/** A dist/ from an earlier build, with a file that only it has. */
function lastGoodBuild(name: string): string {
  const outDir = join(work, name, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'marker.txt'), 'from the last good build');
  return outDir;
}

/** True while any process of the machine runs astro into this build's temporary folder. */
function astroRunsInto(outDir: string): boolean {
  const ps = spawnSync('ps', ['-eo', 'args='], { encoding: 'utf8' });
  return ps.stdout.split('\n').some((line) => line.includes(`${outDir}.building`));
}

function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a build in a process group of its own, as a terminal would, and resolves once astro
 * is at work: the interrupt must land in the middle of the build, not before or after it.
 */
async function startBuild(command: string[], outDir: string) {
  const [file = '', ...args] = command;
  const child = spawn(file, args, { cwd: ROOT, env: env(outDir), detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('exit', (code, signal) => {
      done({ code, signal });
    });
  });
  const pgid = child.pid ?? 0;
  for (let waited = 0; !/Syncing content|\[build\]/.test(output); waited += 50) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`the build did not start:\n${output}`);
    await sleep(50);
  }
  return { pgid, exited, output: () => output };
}

/** Waits until the build's processes, astro's included, have all exited. */
async function everythingExited(pgid: number, outDir: string): Promise<void> {
  for (let waited = 0; groupIsAlive(pgid) || astroRunsInto(outDir); waited += 100) {
    if (waited > 30_000) {
      process.kill(-pgid, 'SIGKILL');
      throw new Error('the build was still running 30 s after the interrupt');
    }
    await sleep(100);
  }
}

function expectLeftAsItWas(outDir: string, output: string): void {
  expect(output, 'the interrupt came after the build had finished').not.toContain('Built into');
  expect(readdirSync(outDir)).toEqual(['marker.txt']);
  expect(readFileSync(join(outDir, 'marker.txt'), 'utf8')).toBe('from the last good build');
  expect(existsSync(`${outDir}.building`), 'dist.building is left behind').toBe(false);
  expect(existsSync(`${outDir}.previous`)).toBe(false);
}

describe('an interrupted build', () => {
  it('stops on Ctrl-C (SIGINT to its process group), leaving dist/ as it was', async () => {
    const outDir = lastGoodBuild('group-sigint');
    const build = await startBuild([process.execPath, 'scripts/build.ts'], outDir);
    process.kill(-build.pgid, 'SIGINT');
    const { code } = await build.exited;
    await everythingExited(build.pgid, outDir);
    expect(code, build.output()).toBe(130);
    expect(build.output()).toContain('The build was interrupted: dist/ was left as it was.');
    expectLeftAsItWas(outDir, build.output());
  });

  it('stops on SIGTERM to the build alone, with exit code 143', async () => {
    const outDir = lastGoodBuild('sigterm');
    const build = await startBuild([process.execPath, 'scripts/build.ts'], outDir);
    process.kill(build.pgid, 'SIGTERM');
    const { code } = await build.exited;
    await everythingExited(build.pgid, outDir);
    expect(code, build.output()).toBe(143);
    expectLeftAsItWas(outDir, build.output());
  });

  it('stops when SIGINT is sent to the npm process alone', async () => {
    const outDir = lastGoodBuild('npm-sigint');
    const build = await startBuild(['npm', 'run', 'build'], outDir);
    process.kill(build.pgid, 'SIGINT');
    await build.exited;
    await everythingExited(build.pgid, outDir);
    // npm forwards SIGINT to the process it runs the script in, which must be the build itself:
    // a shell between them holds the signal back until the build is over.
    expect(
      build.output(),
      'the build never heard of the interrupt: the "build" script must be "exec node scripts/build.ts"',
    ).toContain('SIGINT received: stopping the build.');
    expectLeftAsItWas(outDir, build.output());
  });

  it('stops when npm is killed outright (SIGKILL to npm alone)', async () => {
    const outDir = lastGoodBuild('npm-sigkill');
    const build = await startBuild(['npm', 'run', 'build'], outDir);
    process.kill(build.pgid, 'SIGKILL');
    await build.exited;
    await everythingExited(build.pgid, outDir);
    expect(build.output()).toContain('The process that started the build has ended: stopping the build.');
    expectLeftAsItWas(outDir, build.output());
  });
});

describe('the next build after one killed outright', () => {
  it('removes the dist.building it left, and builds', () => {
    const outDir = lastGoodBuild('stale-building');
    mkdirSync(`${outDir}.building`);
    writeFileSync(join(`${outDir}.building`, 'half-written.html'), '<p>half');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, encoding: 'utf8', env: env(outDir) });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toContain('Removing dist.building/, left by a build that was stopped.');
    expect(existsSync(`${outDir}.building`)).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'marker.txt'))).toBe(false);
  });

  it('puts dist/ back from dist.previous when it was killed in the middle of the swap', () => {
    const outDir = lastGoodBuild('half-swapped');
    cpSync(outDir, `${outDir}.previous`, { recursive: true });
    rmSync(outDir, { recursive: true });
    mkdirSync(`${outDir}.building`);
    // A content error stops this build early: what it must leave is the recovered site.
    const broken = join(work, 'half-swapped', 'content');
    cpSync(VALID, broken, { recursive: true });
    rmSync(join(broken, 'people', 'ana-lopez.yaml'));
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: env(outDir, broken),
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('Restored dist/ from dist.previous/');
    expectLeftAsItWas(outDir, '');
  });
});
