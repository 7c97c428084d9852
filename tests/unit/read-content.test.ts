import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/lib/check/index.ts';
import { PROBLEM_KINDS } from '../../src/lib/check/problem-kinds.ts';
import { problemText } from '../../src/lib/check/report.ts';
import { MAX_CONTENT_FILE_BYTES, readContent } from '../../src/lib/content/read-content.ts';
import { RESERVED_STORY_SLUGS } from '../../src/lib/paths.ts';
import { MAX_YAML_ALIASES, readYaml } from '../../src/lib/content/read-yaml.ts';
import { PROJECT_ROOT, VALID_DIR } from '../support/invalid-cases.ts';

const SECRET = 'SECRET-MARKER-7f3a9c';
const NOW = new Date('2024-05-10');

let root: string;
let content: string;
/** A folder beside content/, as any other folder of the machine would be. */
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'read-content-'));
  content = join(root, 'content');
  outside = join(root, 'elsewhere');
  cpSync(VALID_DIR, content, { recursive: true });
  mkdirSync(outside);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function check(): Problem[] {
  return checkContent(content, { displayBase: root, now: NOW }).problems;
}

/** The example CONTENT.md gives of a kind of problem: here, where the corpus cannot make one. */
function exampleOf(id: string): string | undefined {
  return PROBLEM_KINDS.find((kind) => kind.id === id)?.example;
}

function at(problems: readonly Problem[], file: string): Problem[] {
  return problems.filter((problem) => problem.file === file);
}

function expectSecretKept(problems: readonly Problem[]): void {
  for (const problem of problems) expect(formatProblem(problem)).not.toContain(SECRET);
}

describe('links under content/', () => {
  it('a source text linked from outside: one error naming the link, and the target is never read', () => {
    const target = join(outside, 'notes.txt');
    writeFileSync(target, `The bridge will reopen in June. ${SECRET}\n`);
    symlinkSync(target, join(content, 'sources', 'town-gazette-2024-05-02.txt'));

    const files = readContent(content, root);
    expect(files.sourceTexts.has('town-gazette-2024-05-02')).toBe(false);

    const problems = check();
    const link = at(problems, 'content/sources/town-gazette-2024-05-02.txt');
    expect(link.map(formatProblem)).toEqual([
      'content/sources/town-gazette-2024-05-02.txt:1:1  error  content/sources/town-gazette-2024-05-02.txt is a symbolic link; content files must be regular files inside content/  (replace the link with the file or folder itself (a copy, not a link): links are not followed)  [regular-files]',
    ]);
    expect(link.map((problem) => problemText(problem))).toEqual([exampleOf('regular-files')]);
    expectSecretKept(problems);
    expect(problems.map(formatProblem).join('\n')).not.toContain(outside);
  });

  it('a YAML record linked from outside: one error, no trace of the target, and what cites it is not unknown', () => {
    const target = join(outside, 'person.yaml');
    // Not YAML at all: were it parsed, the parser's message would quote it.
    writeFileSync(target, `name: [${SECRET}\n  : : :\n`);
    rmSync(join(content, 'people', 'ana-lopez.yaml'));
    symlinkSync(target, join(content, 'people', 'ana-lopez.yaml'));

    const files = readContent(content, root);
    const record = files.people.find((person) => person.id === 'ana-lopez');
    expect(record?.value).toBeUndefined();

    const problems = check();
    expect(at(problems, 'content/people/ana-lopez.yaml')).toHaveLength(1);
    expect(at(problems, 'content/people/ana-lopez.yaml')[0]?.message).toContain('is a symbolic link');
    expect(problems.filter((problem) => problem.message.includes('unknown person'))).toEqual([]);
    expectSecretKept(problems);
  });

  it('a link to another file inside content/ is refused too', () => {
    symlinkSync('zoe-okafor.yaml', join(content, 'people', 'zoe.yaml'));
    const problems = readContent(content, root).problems;
    expect(problems.map((problem) => [problem.file, problem.message.includes('is a symbolic link')])).toEqual([
      ['content/people/zoe.yaml', true],
    ]);
  });

  it('a story folder linked from outside: one error, and none of its files is read', () => {
    const story = join(outside, 'linked-story');
    mkdirSync(story);
    writeFileSync(join(story, 'index.mdx'), `---\ntitle: "${SECRET}"\n---\n\n<Oops ${SECRET}\n`);
    symlinkSync(story, join(content, 'explainers', 'linked-story'));

    const files = readContent(content, root);
    expect(files.stories.map((entry) => entry.slug)).toEqual(['sample-story']);
    const problems = check();
    expect(at(problems, 'content/explainers/linked-story').map((problem) => problem.message)).toEqual([
      'content/explainers/linked-story is a symbolic link; content files must be regular files inside content/',
    ]);
    expect(problems.filter((problem) => problem.file.includes('linked-story'))).toHaveLength(1);
    expectSecretKept(problems);
  });

  it('a story file linked from outside: one error, and its story is not said to lack it', () => {
    const story = join(content, 'explainers', 'sample-story');
    for (const name of ['index.mdx', 'council.mdx']) {
      writeFileSync(join(outside, name), readFileSync(join(story, name), 'utf8').replace('the', SECRET));
      rmSync(join(story, name));
      symlinkSync(join(outside, name), join(story, name));
    }
    const problems = check();
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file)).toEqual([
      'content/explainers/sample-story/council.mdx',
      'content/explainers/sample-story/index.mdx',
    ]);
    expectSecretKept(problems);
  });

  it('a linked folder of records is refused, not read', () => {
    const people = join(outside, 'people');
    cpSync(join(content, 'people'), people, { recursive: true });
    rmSync(join(content, 'people'), { recursive: true });
    symlinkSync(people, join(content, 'people'));
    const files = readContent(content, root);
    expect(files.people).toEqual([]);
    expect(files.problems.map((problem) => problem.file)).toEqual(['content/people']);
  });

  it('leaves hidden links alone: editors keep lock files as links', () => {
    symlinkSync('nobody@host.1234', join(content, 'explainers', 'sample-story', '.#index.mdx'));
    expect(readContent(content, root).problems).toEqual([]);
  });

  it('reads a content folder that is itself reached through a link', () => {
    const link = join(root, 'content-link');
    symlinkSync(content, link);
    const files = readContent(link, root);
    expect(files.people.map((person) => person.id)).toEqual(['ana-lopez', 'silent-sam', 'zoe-okafor']);
    expect(files.problems).toEqual([]);
  });
});

describe('files that are not regular files', () => {
  const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

  it('reports a named pipe without opening it (opening one would wait for ever)', ({ skip }) => {
    const path = join(content, 'sources', 'town-gazette-2024-05-02.txt');
    if (!fifo(path)) skip('mkfifo is not available here');
    const yaml = join(content, 'people', 'pipe-person.yaml');
    if (!fifo(yaml)) skip('mkfifo is not available here');

    const files = readContent(content, root);
    expect(files.problems.map(formatProblem).sort()).toEqual([
      'content/people/pipe-person.yaml:1:1  error  content/people/pipe-person.yaml is a named pipe; content files must be regular files inside content/  (remove it: it is not read)  [regular-files]',
      'content/sources/town-gazette-2024-05-02.txt:1:1  error  content/sources/town-gazette-2024-05-02.txt is a named pipe; content files must be regular files inside content/  (remove it: it is not read)  [regular-files]',
    ]);
    expect(files.sourceTexts.size).toBe(0);
  });
});

describe('the size limit', () => {
  it('refuses a file larger than the limit and says how large it is', () => {
    const path = join(content, 'sources', 'town-gazette-2024-05-02.txt');
    writeFileSync(path, 'a'.repeat(MAX_CONTENT_FILE_BYTES + 300 * 1024));
    const files = readContent(content, root);
    expect(files.sourceTexts.has('town-gazette-2024-05-02')).toBe(false);
    expect(files.problems.map(formatProblem)).toEqual([
      'content/sources/town-gazette-2024-05-02.txt:1:1  error  the file is 1.3 MiB, more than the 1.0 MiB a content file may have  (split a long story into sections, and keep in a source text only the passages that hold its quotes)  [file-size]',
    ]);
    expect(files.problems.map((problem) => problemText(problem))).toEqual([exampleOf('file-size')]);
  });

  it('reads a file of exactly the limit', () => {
    const path = join(content, 'sources', 'town-gazette-2024-05-02.txt');
    writeFileSync(path, 'a'.repeat(MAX_CONTENT_FILE_BYTES));
    const files = readContent(content, root);
    expect(files.problems).toEqual([]);
    expect(files.sourceTexts.get('town-gazette-2024-05-02')?.text).toHaveLength(MAX_CONTENT_FILE_BYTES);
  });

  it('keeps a record too large to read as an empty one, without a value', () => {
    const path = join(content, 'people', 'zoe-okafor.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}# ${'x'.repeat(MAX_CONTENT_FILE_BYTES)}\n`);
    const problems = check();
    expect(at(problems, 'content/people/zoe-okafor.yaml').map((problem) => problem.message)).toEqual([
      'the file is 1.0 MiB, more than the 1.0 MiB a content file may have',
    ]);
    expect(problems.filter((problem) => problem.message.includes('unknown person'))).toEqual([]);
  });

  it('refuses a story file larger than the limit', () => {
    const path = join(content, 'explainers', 'sample-story', 'council.mdx');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n${'Words. '.repeat(MAX_CONTENT_FILE_BYTES / 6)}\n`);
    const files = readContent(content, root);
    expect(files.stories[0]?.sections).toEqual([]);
    expect(files.stories[0]?.sectionFileCount).toBe(1);
    expect(files.problems.map((problem) => problem.file)).toEqual(['content/explainers/sample-story/council.mdx']);
  });
});

describe('YAML values', () => {
  const bomb = [
    'name: Ana',
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...'bcdefgh'.split('').map(
      (name, i) =>
        `${name}: &${name} [${Array(10)
          .fill(`*${'abcdefgh'[i] ?? ''}`)
          .join(', ')}]`,
    ),
  ].join('\n');

  it('are computed once, when read', () => {
    const files = readContent(content, root);
    const ana = files.people.find((person) => person.id === 'ana-lopez');
    expect(ana?.value).toMatchObject({ name: 'Ana López' });
    expect(files.stories[0]?.index?.frontmatter?.value).toMatchObject({ title: 'Will the bridge reopen?' });
  });

  it('refuse an alias bomb at its first alias, without expanding it', () => {
    const read = readYaml(bomb);
    expect(read.value).toBeUndefined();
    expect(read.unsafe?.message).toContain(`more than ${String(MAX_YAML_ALIASES)} times`);
    expect(read.lineCounter.linePos(read.unsafe?.offset ?? -1)).toEqual({ line: 3, col: 8 });
  });

  it('allow a few aliases', () => {
    expect(readYaml('a: &a [1, 2]\nb: *a\nc: *a').value).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
  });

  it('refuse an alias inside the value it repeats', () => {
    const read = readYaml('name: Ana\nroles: &r\n  - title: Mayor\n    again: *r\n');
    expect(read.value).toBeUndefined();
    expect(read.unsafe?.message).toBe('the alias *r is inside the value it repeats, which would make it endless');
    expect(read.lineCounter.linePos(read.unsafe?.offset ?? -1)).toEqual({ line: 4, col: 12 });
  });

  it('report an alias with no anchor, which the parser lets through', () => {
    const read = readYaml('name: Ana\ndescription: *nowhere\n');
    expect(read.unsafe?.message).toBe('the alias *nowhere has no &nowhere before it');
    expect(read.lineCounter.linePos(read.unsafe?.offset ?? -1)).toEqual({ line: 2, col: 14 });
  });

  it('leave the value undefined when the YAML does not parse, for its errors to be reported', () => {
    const read = readYaml('name: [Ana\n');
    expect(read.document.errors.length).toBeGreaterThan(0);
    expect(read.value).toBeUndefined();
    expect(read.unsafe).toBeUndefined();
  });

  it('an alias bomb in a record is one placed error, and the check goes on', () => {
    writeFileSync(join(content, 'people', 'zoe-okafor.yaml'), bomb);
    const problems = check();
    expect(at(problems, 'content/people/zoe-okafor.yaml').map((problem) => [problem.line, problem.column])).toEqual([
      [3, 8],
    ]);
  });

  it('an alias bomb in front matter is placed on the line of the file', () => {
    const path = join(content, 'explainers', 'sample-story', 'council.mdx');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/^order: 1$/m, `order: 1\n${bomb.replace('name: Ana\n', '')}`),
    );
    const files = readContent(content, root);
    const council = files.stories[0]?.sections[0];
    expect(council?.frontmatter?.value).toBeUndefined();
    expect(files.problems.map((problem) => [problem.file, problem.line, problem.column])).toEqual([
      ['content/explainers/sample-story/council.mdx', 5, 8],
    ]);
  });
});

describe('story folders', () => {
  it('may not take the name of one of the site’s own pages', () => {
    cpSync(join(content, 'explainers', 'sample-story'), join(content, 'explainers', 'timeline'), { recursive: true });
    expect(readContent(content, root).problems.map(formatProblem)).toEqual([
      'content/explainers/timeline/index.mdx:1:1  error  the story folder "timeline" has the name of one of the site\'s own pages (/timeline/)  (rename the folder: a story is published at /<folder name>/, and /timeline/ belongs to the site)  [reserved-story-names]',
    ]);
  });
});

describe('CONTENT.md', () => {
  const guide = readFileSync(join(PROJECT_ROOT, 'CONTENT.md'), 'utf8').replace(/\s+/g, ' ');
  it('lists every name a story folder may not take', () => {
    const sentence = /A story folder may not take the name of one of the site's own pages or files: ([^.]*)\./.exec(
      guide,
    );
    expect(sentence?.[1]?.split(', ')).toEqual(RESERVED_STORY_SLUGS.map((slug) => `\`${slug}\``));
  });
  it('gives the limits the reader sets', () => {
    expect(MAX_CONTENT_FILE_BYTES).toBe(1024 * 1024);
    expect(guide).toContain('no content file may be larger than 1 MiB');
    expect(guide).toContain(`more than ${String(MAX_YAML_ALIASES)} times`);
  });
});
