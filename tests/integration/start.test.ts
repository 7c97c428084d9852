import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shellEnv } from '../support/clean-env.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'explainer-start-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Starts `npm start`'s script on the valid content set; resolves once it serves, with its output so far. */
function start(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['scripts/start.ts', '--host', '127.0.0.1', '--ignore-lock', ...args], {
    cwd: ROOT,
    env: shellEnv({
      PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
      CONTENT_DIR: join(ROOT, 'tests', 'fixtures', 'valid'),
      OUT_DIR: join(work, 'dist'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...env,
    }),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => {
    child.on('exit', (code) => {
      done(code);
    });
  });
  const serving = (async () => {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (/https?:\/\/127\.0\.0\.1:\d+/.test(output)) return output;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`npm start never served; it printed:\n${output}`);
  })();
  return { child, serving, exited };
}

describe('npm start', () => {
  it.each([
    ['PORT=4611', [], { PORT: '4611' }, 4611],
    ['-- --port 4612', ['--port', '4612'], {}, 4612],
  ])('builds, then serves on the port given as %s, until it is stopped', async (_form, args, env, port) => {
    const { child, serving, exited } = start(args, env);
    try {
      const output = await serving;
      expect(output).toContain('Built into');
      const page = await fetch(`http://127.0.0.1:${String(port)}/sample-story/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Who said what');
    } finally {
      child.kill('SIGTERM');
    }
    // The preview server stops with the script: the port is free again.
    expect([0, 143]).toContain(await exited);
    await expect(fetch(`http://127.0.0.1:${String(port)}/`)).rejects.toThrow();
  });

  it('stops before building when the port is not a number', async () => {
    const { exited, child, serving } = start(['--port', 'abc'], {});
    // It never serves: that it says so is expected, not an error of the run.
    serving.catch(() => undefined);
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect(await exited).toBe(1);
    expect(output).toContain('--port is "abc"');
  });
});
