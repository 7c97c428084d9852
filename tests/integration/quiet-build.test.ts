import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import config from '../../astro.config.mjs';
import { shellEnv } from '../support/clean-env.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'explainer-quiet-build-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the build output', () => {
  it('has no MODULE_LEVEL_DIRECTIVE warnings for the MDX of the stories', () => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: shellEnv({
        PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
        CONTENT_DIR: join(ROOT, 'tests', 'fixtures', 'valid'),
        OUT_DIR: join(work, 'dist'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      }),
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toContain('Built into');
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(output).not.toContain('use astro:head-inject');
  });
});

describe('the bundler log filter', () => {
  const onLog = config.vite?.build?.rolldownOptions?.onLog;
  type Log = Parameters<NonNullable<typeof onLog>>[1];
  const log = (code: string, message: string): Log => ({ code, message });

  it('drops only the warning about Astro’s own "use astro:head-inject" directive', () => {
    if (!onLog) throw new Error('astro.config.mjs sets no vite.build.rolldownOptions.onLog');
    const passed = vi.fn();
    onLog(
      'warn',
      log('MODULE_LEVEL_DIRECTIVE', 'The semantics of the module level directive "use astro:head-inject" in "a.mdx"'),
      passed,
    );
    expect(passed).not.toHaveBeenCalled();
    const others = [
      log('MODULE_LEVEL_DIRECTIVE', 'The semantics of the module level directive "use client" in "b.js"'),
      log('CIRCULAR_DEPENDENCY', 'Circular dependency: a.js -> b.js -> a.js'),
    ];
    for (const other of others) onLog('warn', other, passed);
    expect(passed.mock.calls).toEqual(others.map((other) => ['warn', other]));
  });
});
