import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shellEnv } from '../support/clean-env.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = 4417;
// Inside the project: the dev server resolves content modules relative to its root.
mkdirSync(join(ROOT, '.cache'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.cache', 'dev-test-'));
const content = join(work, 'content');
const council = join(content, 'explainers', 'sample-story', 'council.mdx');
let server: ChildProcess | undefined;
let log = '';

/** Resolves once the dev server's output matches, or fails after `seconds`. */
async function waitForLog(pattern: RegExp, seconds = 30): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const match = pattern.exec(log);
    if (match) return match[0];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the dev server never printed ${String(pattern)}; it printed:\n${log}`);
}

beforeAll(async () => {
  cpSync(join(ROOT, 'tests', 'fixtures', 'valid'), content, { recursive: true });
  server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: ROOT,
      env: {
        ...shellEnv(),
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_DEV_BACKGROUND: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitForLog(/watching for file changes/, 60);
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('reloads a story file as soon as it is saved', async () => {
    writeFileSync(
      council,
      readFileSync(council, 'utf8').replace('the inspection was not finished', 'the inspection is done'),
    );
    await waitForLog(/Reloaded data from sample-story\/council\.mdx/);
  });

  it('prints a content mistake with the same message as npm run check', async () => {
    writeFileSync(council, readFileSync(council, 'utf8').replace('by="zoe-okafor"', 'by="zoe-okafr"'));
    const line = await waitForLog(/council\.mdx:7:\d+ {2}error {2}unknown person "zoe-okafr".*/);
    expect(line).toContain('(did you mean "zoe-okafor"?');
  });

  it('counts the warnings it does not print, as npm run check does', async () => {
    writeFileSync(
      council,
      readFileSync(council, 'utf8').replace("The council's spokesperson said", 'The spokesperson claimed'),
    );
    await waitForLog(/^1 error in the content; 1 warning hidden\.$/m, 100);
  });
});
