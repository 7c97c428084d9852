import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const VALID = join(ROOT, 'tests', 'fixtures', 'valid');
const work = mkdtempSync(join(tmpdir(), 'explainer-build-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs `npm run build`'s script on a content folder, into an output folder, as a user would. */
function build(contentDir: string, outDir: string) {
  const bin = join(ROOT, 'node_modules', '.bin');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A copy of the valid content set with one file replaced. */
function contentWith(name: string, file: string, text: string): string {
  const dir = join(work, name);
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

describe('the build', () => {
  const outDir = join(work, 'dist');

  it('builds a valid content set into pages, sidebar and export', () => {
    const { status, output } = build(VALID, outDir);
    expect(status, output).toBe(0);
    const page = readFileSync(join(outDir, 'sample-story', 'index.html'), 'utf8');
    expect(page).toContain('aria-label="Who said what"');
    expect(page).toContain('Zoë Okafor');
    const exported = JSON.parse(readFileSync(join(outDir, 'sample-story', 'statements.json'), 'utf8')) as {
      statements: { id: string; speaker: { name: string }; role: string }[];
    };
    expect(exported.statements.map((s) => [s.speaker.name, s.role])).toEqual([
      ['Ana López', 'Mayor'],
      ['Ana López', 'Mayor'],
      ['Zoë Okafor', 'Spokesperson for the regional council'],
      ['Ana López', 'Councillor'],
    ]);
  });

  it('stops on an unknown speaker with the file, the line, the bad id and the ids that exist, leaving dist/ as it was', () => {
    writeFileSync(join(outDir, 'marker.txt'), 'from the last good build');
    const index = readFileSync(join(VALID, 'explainers', 'sample-story', 'index.mdx'), 'utf8');
    const content = contentWith(
      'unknown-speaker',
      join('explainers', 'sample-story', 'index.mdx'),
      index.replace(
        'by="ana-lopez" mode="direct" source="town-gazette-2024-05-02" date="2024-05-02"',
        'by="ana-lopes" mode="direct" source="town-gazette-2024-05-02" date="2024-05-02"',
      ),
    );
    const { status, output } = build(content, outDir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /explainers\/sample-story\/index\.mdx:10:\d+ {2}unknown person "ana-lopes" in by="ana-lopes"/,
    );
    expect(output).toContain('did you mean "ana-lopez"');
    expect(output).toContain('silent-sam, zoe-okafor');
    expect(readFileSync(join(outDir, 'marker.txt'), 'utf8')).toBe('from the last good build');
    expect(existsSync(`${outDir}.building`)).toBe(false);
  });

  it('replaces the whole of dist/ after a good build', () => {
    mkdirSync(outDir, { recursive: true });
    const { status } = build(VALID, outDir);
    expect(status).toBe(0);
    expect(existsSync(join(outDir, 'marker.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });
});
