/**
 * A build draws its social cards in worker threads that Node runs from the engine's `src/`
 * folder, not from the bundle. These tests build a copy of the engine whose worker fails, and
 * run the pool in a process of its own to see that it ends when it should.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_WORKER_SCRIPT } from '../../src/lib/exports/card-pool.ts';
import { buildEngineCopy, copyEngine } from '../support/build-site.ts';
import { PROJECT_ROOT } from '../support/invalid-cases.ts';

/** A build of the one-story fixture takes well under a minute on an idle machine. */
const BUILD = 600_000;

// Inside the project: a copy of the engine resolves its packages from the project's node_modules.
mkdirSync(join(PROJECT_ROOT, 'test-output'), { recursive: true });
const work = mkdtempSync(join(PROJECT_ROOT, 'test-output', 'card-workers-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const POOL = pathToFileURL(join(PROJECT_ROOT, 'src', 'lib', 'exports', 'card-pool.ts')).href;
const WORKER = join(PROJECT_ROOT, 'src', CARD_WORKER_SCRIPT);

let scripts = 0;

/** Runs a module that uses the card pool in a Node process of its own. */
function runWithPool(code: string): { status: number | null; output: string } {
  scripts += 1;
  const script = join(work, `pool-${String(scripts)}.mjs`);
  writeFileSync(script, code);
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const CARD = `{ title: 'Will the bridge reopen?', summary: 'What the mayor said.', speakers: ['Ana López'] }`;

describe('a build’s card workers', () => {
  it(
    'run the worker of the engine being built, and a card that fails there stops the build naming its story',
    async () => {
      const engine = join(work, 'engine');
      copyEngine(engine);
      const worker = join(engine, 'src', CARD_WORKER_SCRIPT);
      const failing = readFileSync(worker, 'utf8').replace(
        'drawCardPng(card).then(',
        "Promise.reject(new Error('the title is too long for any size of type')).then(",
      );
      expect(failing).not.toBe(readFileSync(worker, 'utf8'));
      writeFileSync(worker, failing);
      const { status, output } = await buildEngineCopy(
        engine,
        join(PROJECT_ROOT, 'tests', 'fixtures', 'valid'),
        join(work, 'dist'),
        join(work, 'cache'),
      );
      expect(status, output).not.toBe(0);
      expect(output).toContain(
        'The social card of the story “Will the bridge reopen?” could not be drawn: the title is too long for any size of type',
      );
    },
    BUILD,
  );

  it('keep the process open until a card it waits for is drawn, and no longer for cards drawn ahead', () => {
    const { status, output } = runWithPool(`
      import { CardPool } from ${JSON.stringify(POOL)};
      const pool = new CardPool(${JSON.stringify(WORKER)}, 1);
      const card = ${CARD};
      let ahead = 0;
      let dropped = 0;
      pool.draw('wanted', card, true).then((png) => console.log('drawn', png.byteLength > 1000));
      for (let n = 0; n < 20; n += 1) {
        pool.draw('ahead-' + n, { ...card, title: 'Story ' + n }, false).then(() => (ahead += 1), () => (dropped += 1));
      }
      process.on('exit', () => console.log('ahead', ahead, 'dropped', dropped));
    `);
    expect(status, output).toBe(0);
    expect(output).toContain('drawn true');
    const [, ahead = '', dropped = ''] = /ahead (\d+) dropped (\d+)/.exec(output) ?? [];
    expect(Number(ahead) + Number(dropped)).toBe(20);
    expect(Number(dropped)).toBeGreaterThan(0);
  });

  it('end the process with the error when a worker cannot start, rather than wait', () => {
    const { status, output } = runWithPool(`
      import { CardPool } from ${JSON.stringify(POOL)};
      const pool = new CardPool(${JSON.stringify(join(work, 'no-such-worker.ts'))});
      await pool.draw('wanted', ${CARD}, true);
    `);
    expect(status).not.toBe(0);
    expect(output).toContain('The social card of the story “Will the bridge reopen?” could not be drawn');
  });
});
