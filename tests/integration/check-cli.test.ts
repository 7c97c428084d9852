/**
 * `npm run check` as an editor runs it: scripts/check.ts on copies of the valid fixture,
 * with its options, its story arguments, its report and its exit codes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, withContent } from '../support/invalid-cases.ts';

const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');
const ESC = '\u001b[';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the check command from the project folder, without colour unless `env` asks for it. */
function check(args: string[], env: Record<string, string> = { NO_COLOR: '1' }): Run {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'FORCE_COLOR' && name !== 'NO_COLOR'),
  );
  const result = spawnSync(NODE, ['scripts/check.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...inherited, CONTENT_DIR: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Replaces text in a file of the content copy. */
function edit(contentDir: string, file: string, from: string, to: string): void {
  const path = join(contentDir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

/** A second story beside sample-story, with a speaker that does not exist. */
function addBrokenStory(contentDir: string): void {
  const folder = join(contentDir, 'explainers', 'other-story');
  mkdirSync(folder);
  cpSync(join(contentDir, 'explainers', 'sample-story'), folder, { recursive: true });
  edit(contentDir, 'explainers/other-story/council.mdx', 'by="zoe-okafor"', 'by="zoe-okafr"');
}

/** A warning in council.mdx, whose name sorts before index.mdx: a judging verb in the prose. */
function addWarning(contentDir: string): void {
  edit(
    contentDir,
    'explainers/sample-story/council.mdx',
    "The council's spokesperson said",
    'The spokesperson claimed',
  );
}

describe('npm run check: the command', () => {
  it('prints its usage for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = check([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Usage: npm run check -- [options] [story ...]');
      expect(run.stdout).toContain('--quiet');
      expect(run.stdout).not.toContain('Content is valid');
    }
  });

  it('refuses an unknown option with exit code 2 and the usage', () => {
    const run = check(['--x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error: unknown option --x');
    expect(run.stderr).toContain('Usage:');
  });

  it('checks a content folder given as an argument, or with --content', () => {
    withContent(undefined, (_root, contentDir) => {
      for (const args of [[contentDir], ['--content', contentDir]]) {
        const run = check(args);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toMatch(
          /^Content is valid: 1 story, 5 statements, 3 people, 2 sources(; \d+ warnings?)?\.$/m,
        );
      }
    });
  });

  it('refuses a story that does not exist, naming the stories that do', () => {
    withContent(undefined, (_root, contentDir) => {
      const run = check(['--content', contentDir, 'sample-stroy']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('"sample-stroy" is neither a story of');
      expect(run.stderr).toContain('did you mean "sample-story"?');
      expect(run.stderr).toContain('stories: sample-story');
    });
  });

  it('refuses a content folder with nothing in it', () => {
    withContent(undefined, (root) => {
      mkdirSync(join(root, 'empty', 'explainers'), { recursive: true });
      const run = check([join(root, 'empty')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('holds no stories, people or sources');
    });
  });
});

describe('npm run check: one story', () => {
  it('reports only the problems of the story folder it is given', () => {
    withContent(undefined, (_root, contentDir) => {
      addBrokenStory(contentDir);
      const broken = check([join(contentDir, 'explainers', 'other-story') + '/']);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/other-story\/council\.mdx:7:\d+ {2}error {2}unknown person "zoe-okafr"/);
      expect(broken.stderr).not.toContain('sample-story/');
      expect(broken.stderr).toMatch(/^1 error, \d+ warnings? in 1 story\.$/m);

      const clean = check([relative(PROJECT_ROOT, join(contentDir, 'explainers', 'sample-story'))]);
      expect(clean.status, clean.stderr).toBe(0);
      expect(clean.stderr).not.toContain('other-story');
      expect(clean.stdout).toMatch(/^sample-story is valid: 5 statements, 2 people, 2 sources/m);
      expect(clean.stdout).toContain('1 error elsewhere in');
    });
  });

  it('takes a story by its slug', () => {
    withContent(undefined, (_root, contentDir) => {
      addBrokenStory(contentDir);
      const run = check(['--content', contentDir, 'other-story']);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('unknown person "zoe-okafr"');
    });
  });

  it('reports the problems of the people the story cites', () => {
    withContent(undefined, (_root, contentDir) => {
      addBrokenStory(contentDir);
      edit(contentDir, 'people/zoe-okafor.yaml', 'name:', 'nmae:');
      edit(contentDir, 'people/silent-sam.yaml', 'name:', 'nmae:');
      const run = check(['--content', contentDir, 'sample-story']);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /people\/zoe-okafor\.yaml:\d+:\d+ {2}error {2}unknown field "nmae": did you mean "name"\?/,
      );
      expect(run.stderr, 'a person the story does not cite').not.toContain('silent-sam');
    });
  });
});

describe('npm run check: the report', () => {
  it('prints errors before warnings, each with its label', () => {
    withContent(undefined, (_root, contentDir) => {
      addWarning(contentDir);
      edit(
        contentDir,
        'explainers/sample-story/index.mdx',
        'by="ana-lopez" mode="direct" source="town',
        'by="ana-lopes" mode="direct" source="town',
      );
      const run = check([contentDir]);
      expect(run.status).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[0]).toMatch(/index\.mdx:10:\d+ {2}error {2}unknown person "ana-lopes" .* {2}\[unknown-speakers\]$/);
      expect(lines.slice(1, -1).every((line) => / {2}warning {2}.* {2}\[[a-z-]+\]$/.test(line))).toBe(true);
      expect(
        lines.some((line) => /council\.mdx:7:\d+ {2}warning {2}"claimed" .* {2}\[loaded-verbs\]$/.test(line)),
      ).toBe(true);
      expect(lines.at(-1)).toMatch(/^1 error, \d+ warnings? in the content\.$/);
    });
  });

  it('reports a misspelt field once, at its line, with the field meant', () => {
    withContent(undefined, (_root, contentDir) => {
      edit(contentDir, 'explainers/sample-story/index.mdx', 'summary:', 'sumary:');
      const run = check(['--quiet', contentDir]);
      expect(run.status).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(
          /index\.mdx:3:1 {2}error {2}unknown field "sumary": did you mean "summary"\? .* {2}\[unknown-fields\]$/,
        ),
        expect.stringMatching(/^1 error[,;]? .*in the content/),
      ]);
    });
  });

  it('writes out an invisible character in a wrong value', () => {
    withContent(undefined, (_root, contentDir) => {
      writeFileSync(
        join(contentDir, 'people/silent-sam.yaml'),
        `${readFileSync(join(contentDir, 'people/silent-sam.yaml'), 'utf8')}wikidata: "Q77\u200B47"\n`,
      );
      const run = check(['--quiet', contentDir]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/silent-sam\.yaml:\d+:\d+ {2}error {2}wikidata .*\(got "Q77<U\+200B>47"\)/);
    });
  });

  it('checks the project’s own content with no error and no warning: what stands is acknowledged, with its reason', () => {
    const run = check([]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^acknowledged {2}\d+ warnings \[archive-urls\] in content\/sources\/\S+\.yaml and \d+ other files: "No archived copy of the page was made when the source was recorded\."$/m,
    );
    expect(run.stdout).toMatch(/^Content is valid: \d+ stories, .*; \d+ warnings acknowledged\.$/m);
  });

  it('--fix brings a story written for the first version of the format up to date, all but what needs an editor', () => {
    const root = mkdtempSync(join(tmpdir(), 'first-release-'));
    const contentDir = join(root, 'content');
    cpSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'first-release', 'content'), contentDir, { recursive: true });
    try {
      const old = check([contentDir]);
      expect(old.status).toBe(1);
      expect(old.stderr).toContain('publisher must be lowercase letters');
      expect(old.stderr).toContain('unknown field "relays"');

      const fixed = check(['--fix', contentDir]);
      expect(fixed.stdout).toMatch(/sources\/unn-2025-06-29\.yaml:2 {2}fixed {2}publisher: "UNN" is now the id unn$/m);
      expect(fixed.stdout).toMatch(/publishers\/unn\.yaml:1 {2}fixed {2}made the publisher unn \("UNN"\)/m);
      expect(fixed.stdout).toMatch(/index\.mdx:13 {2}fixed {2}source="unn-2025-06-29 citing russia-1-2025-06-29"$/m);
      expect(fixed.stdout).toMatch(/index\.mdx:13 {2}fixed {2}lang="ru" is now spoken="ru": unn-2025-06-29 is in en$/m);
      // What is left is what only an editor knows: each new publisher's description and country.
      const errors = fixed.stderr.split('\n').filter((line) => / {2}error {2}/.test(line));
      expect(errors.length).toBeGreaterThan(0);
      for (const line of errors)
        expect(line).toMatch(/publishers\/[a-z0-9-]+\.yaml:\d+:\d+ {2}error {2}(description|country) /);
      expect(readFileSync(join(contentDir, 'sources', 'unn-2025-06-29.yaml'), 'utf8')).not.toContain('relays:');

      for (const name of readdirSync(join(contentDir, 'publishers'))) {
        edit(contentDir, join('publishers', name), 'description: ""', 'description: "A news outlet."');
        edit(contentDir, join('publishers', name), 'country: ""', 'country: ZZ');
      }
      const after = check([contentDir]);
      expect(after.status, after.stderr).toBe(0);
      expect(after.stdout).toMatch(/^Content is valid: 1 story, 14 statements, /m);
      expect(check(['--fix', contentDir]).stdout).toContain('--fix found nothing to change');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('hides warnings with --quiet and still counts them', () => {
    withContent(undefined, (_root, contentDir) => {
      addWarning(contentDir);
      const run = check(['--quiet', contentDir]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Content is valid: .*; \d+ warnings? hidden\.$/m);
      const short = check(['-q', contentDir]);
      expect(short.stdout).toBe(run.stdout);
    });
  });

  it('is in colour with FORCE_COLOR, and plain with NO_COLOR', () => {
    withContent(undefined, (_root, contentDir) => {
      addWarning(contentDir);
      edit(
        contentDir,
        'explainers/sample-story/index.mdx',
        'by="ana-lopez" mode="direct" source="town',
        'by="ana-lopes" mode="direct" source="town',
      );
      const coloured = check([contentDir], { FORCE_COLOR: '1' });
      expect(coloured.stderr).toContain(`${ESC}31merror${ESC}39m`);
      expect(coloured.stderr).toContain(`${ESC}33mwarning${ESC}39m`);
      expect(coloured.stderr).toContain(`${ESC}2m(did you mean "ana-lopez"?`);
      expect(coloured.stderr).toContain(`${ESC}2m[unknown-speakers]${ESC}22m`);
      const plain = check([contentDir], { NO_COLOR: '1' });
      expect(plain.stderr).not.toContain(ESC);
      expect(plain.stderr).toContain('  error  unknown person "ana-lopes"');
      expect(plain.stderr).toMatch(/ {2}\[unknown-speakers\]$/m);
    });
  });
});
