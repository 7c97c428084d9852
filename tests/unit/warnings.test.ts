/**
 * The rules that warn rather than stop the build, beyond their corpus cases: when they stay
 * silent, and the words that date, which depend on the day the check runs.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/check/index.ts';
import { problemText } from '../../src/lib/check/report.ts';
import { timeSensitive } from '../../src/lib/check/rules/style/time-sensitive.ts';
import { nearlyTheSame } from '../../src/lib/check/rules/statements/near-duplicates.ts';
import { VALID_DIR } from '../support/invalid-cases.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The problems of the valid fixture with its article edited, and files written over it, checked on `now`. */
function problemsAfter(
  edit: (text: string) => string,
  now = new Date('2024-05-10'),
  files: Record<string, string> = {},
): Problem[] {
  const content = join(mkdtempSync(join(tmpdir(), 'warnings-')), 'content');
  folders.push(join(content, '..'));
  cpSync(VALID_DIR, content, { recursive: true });
  const index = join(content, 'explainers', 'sample-story', 'index.mdx');
  writeFileSync(index, edit(readFileSync(index, 'utf8')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return checkContent(content, { now, displayBase: join(content, '..') }).problems;
}

/** The warnings of the edited fixture. */
function warningProblems(
  edit: (text: string) => string,
  now = new Date('2024-05-10'),
  files: Record<string, string> = {},
): Problem[] {
  return problemsAfter(edit, now, files).filter((problem) => problem.severity === 'warning');
}

/** The warnings of the edited fixture, as `line: message`. */
function warningsAfter(
  edit: (text: string) => string,
  now = new Date('2024-05-10'),
  files: Record<string, string> = {},
): string[] {
  return warningProblems(edit, now, files).map((problem) => `${String(problem.line)}: ${problem.message}`);
}

describe('nearly the same words', () => {
  it('are one word off in a short sentence, or one held in the other', () => {
    expect(nearlyTheSame("There's no deal until there's a deal", 'There is no deal until there is a deal')).toBe(true);
    expect(
      nearlyTheSame(
        'We did not get there. There is no deal until there is a deal.',
        'There is no deal until there is a deal',
      ),
    ).toBe(true);
    expect(nearlyTheSame('The visit was timely and very useful', 'We remain committed to the discussion')).toBe(false);
  });
});

describe('the same statement twice', () => {
  const twice = (text: string) =>
    text.replace(
      'and added more.',
      'and added more. Later: <Said by="ana-lopez" mode="direct" source="town-gazette-2024-05-02" date="2024-05-02">The bridge will reopen in June</Said>.',
    );
  it('warns when one speaker says nearly the same words twice on one day in one story', () => {
    expect(warningsAfter(twice).filter((warning) => warning.includes('the same statement twice?'))).toEqual([
      '10: the same statement twice? content/explainers/sample-story/index.mdx:10 has nearly the same words, by the same speaker on the same day',
    ]);
  });
  it('says nothing when the words differ', () => {
    expect(warningsAfter((text) => text).some((warning) => warning.includes('the same statement twice?'))).toBe(false);
  });
});

describe("a statement dated only to a month in which the speaker's role changed", () => {
  const promoted = {
    'people/ana-lopez.yaml': [
      'name: Ana López',
      'description: Mayor of a small town.',
      'roles:',
      '  - title: Councillor',
      '    from: "2015-01-01"',
      '    to: "2019-12-31"',
      '  - title: Deputy mayor',
      '    from: "2020-01-01"',
      '    to: "2024-05-01"',
      '  - title: Mayor',
      '    from: "2024-05-02"',
      '',
    ].join('\n'),
  };
  it('warns, naming both roles, and asks for the day', () => {
    expect(
      warningProblems((text) => text, undefined, promoted).map(({ line, message, hint }) => ({ line, message, hint })),
    ).toEqual([
      {
        line: 12,
        message:
          'dated only to May 2024, a month in which Ana López went from "Deputy mayor" to "Mayor": the page shows no role for the statement',
        hint: 'write the day it was said, date="2024-05-DD", and the page shows the role held that day',
      },
    ]);
  });
  it('says nothing once the statement has its day, or when the role held all month', () => {
    const day = (text: string) => text.replace('date="2024-05" id="every-bolt"', 'date="2024-05-20" id="every-bolt"');
    expect(warningsAfter(day, undefined, promoted)).toEqual([]);
    expect(warningsAfter((text) => text)).toEqual([]);
  });
});

describe('words that date', () => {
  it('warn on a story as of long ago when the statement is among its latest facts', () => {
    expect(warningsAfter((text) => text, new Date('2026-01-01'))).toEqual([
      expect.stringMatching(/^10: "will" in a statement of a story that is as of 2024-05-03/),
    ]);
  });
  it('print the example CONTENT.md gives, with the rule’s id', () => {
    const warnings = problemsAfter((text) => text, new Date('2026-01-01')).filter(
      (problem) => problem.rule === timeSensitive.id,
    );
    expect(warnings.map((problem) => problemText(problem))).toEqual([timeSensitive.example]);
    expect(warnings.map((problem) => problem.severity)).toEqual([timeSensitive.severity]);
  });
  it('do not warn when the story has followed up for more than 30 days after the statement', () => {
    const later = (text: string) =>
      text
        .replace('asOf: "2024-05-03"', 'asOf: "2024-07-01"')
        .replace('published: "2024-05-03"', 'published: "2024-07-01"');
    expect(warningsAfter(later, new Date('2026-01-01'))).toEqual([]);
  });
  it('do not warn on a recent story', () => {
    expect(warningsAfter((text) => text, new Date('2024-06-01'))).toEqual([]);
  });
  it('do not warn when an update after the statement says what followed', () => {
    const updated = (text: string) =>
      text.replace(
        /^tags: .*$/m,
        '$&\nupdates:\n  - date: "2024-06-01"\n    text: "The bridge reopened."\n    source: town-gazette-2024-05-02',
      );
    expect(warningsAfter(updated, new Date('2026-01-01'))).toEqual([]);
  });
  it('do not warn when a later part of the story’s series is published, and do while it is a draft', () => {
    const partOne = (text: string) => text.replace(/^tags: .*$/m, '$&\nseries: { title: "The bridge", part: 1 }');
    const partTwo = (status: string) => ({
      'explainers/sample-story-2/index.mdx': readFileSync(
        join(VALID_DIR, 'explainers', 'sample-story', 'index.mdx'),
        'utf8',
      )
        .replace(/^tags: .*$/m, `$&\nstatus: ${status}\nseries: { title: "The bridge", part: 2 }`)
        .replaceAll(/ id="([a-z-]+)"/g, ' id="$1-again"'),
      'explainers/sample-story-2/council.mdx': readFileSync(
        join(VALID_DIR, 'explainers', 'sample-story', 'council.mdx'),
        'utf8',
      ).replaceAll(/ id="([a-z-]+)"/g, ' id="$1-again"'),
    });
    const timeWarnings = (status: string) =>
      warningProblems(partOne, new Date('2026-01-01'), partTwo(status))
        .filter((problem) => problem.rule === timeSensitive.id)
        .map((problem) => problem.file.split('/').slice(-2).join('/'));
    expect(timeWarnings('published')).toEqual(['sample-story-2/index.mdx']);
    expect(timeWarnings('draft')).toEqual(['sample-story/index.mdx', 'sample-story-2/index.mdx']);
  });
});

describe('an acknowledged warning', () => {
  const reason = 'No saved copy of the page was made.';
  const acknowledging = {
    'sources/town-gazette-2024-05-02.yaml': readFileSync(
      join(VALID_DIR, 'sources', 'town-gazette-2024-05-02.yaml'),
      'utf8',
    )
      .replace(/^archiveUrl: .*\n/m, '')
      .concat(`acknowledge:\n  archive-urls: "${reason}"\n`),
  };
  const checked = (files: Record<string, string>) => {
    const content = join(mkdtempSync(join(tmpdir(), 'acknowledged-')), 'content');
    folders.push(join(content, '..'));
    cpSync(VALID_DIR, content, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
    return checkContent(content, { now: new Date('2024-05-10'), displayBase: join(content, '..') });
  };

  it('leaves the warnings and is listed with its reason', () => {
    const unacknowledged = checked({
      'sources/town-gazette-2024-05-02.yaml': acknowledging['sources/town-gazette-2024-05-02.yaml'].replace(
        /^acknowledge:[^]*$/m,
        '',
      ),
    });
    expect(unacknowledged.problems.map((problem) => problem.rule)).toEqual(['archive-urls']);
    const { problems, acknowledged } = checked(acknowledging);
    expect(problems).toEqual([]);
    expect(acknowledged.map(({ rule, reason: why, file }) => [rule, why, file])).toEqual([
      ['archive-urls', reason, 'content/sources/town-gazette-2024-05-02.yaml'],
    ]);
  });
  it('is the file’s own: the same warning in another file stands', () => {
    const other = readFileSync(join(VALID_DIR, 'sources', 'council-radio-2024-05-01.yaml'), 'utf8');
    const { problems } = checked({
      ...acknowledging,
      'sources/council-radio-2024-05-01.yaml': other.includes('url:')
        ? other
        : `${other}url: https://example.org/radio\n`,
    });
    expect(problems.map((problem) => [problem.rule, problem.file])).toEqual([
      ['archive-urls', 'content/sources/council-radio-2024-05-01.yaml'],
    ]);
  });
});

describe('two original wordings in one language', () => {
  const record = (title: string, excerpt: string) =>
    `publisher: council-radio\ntitle: ${title}\ndate: "2024-05-02"\nlanguage: en\noriginal: true\nexcerpt: |\n  ${excerpt}\n`;
  const originals = {
    'sources/council-radio-2024-05-02.yaml': record('Recording', 'We have checked every bolt.'),
    'sources/council-radio-2024-05-03.yaml': record('Transcript', 'We checked every bolt.'),
  };
  const versions = (second: string) => (text: string) =>
    text.replace(
      'source="town-gazette-2024-05-02" date="2024-05"',
      'source="council-radio-2024-05-02" date="2024-05"',
    ) + `\n<Version of="every-bolt" source="${second}">We checked every bolt.</Version>\n`;
  const original = (warning: string) => warning.includes('original English wordings');

  it('warn: one act of speech has one original wording in a language', () => {
    expect(warningsAfter(versions('council-radio-2024-05-03'), undefined, originals).filter(original)).toEqual([
      '16: two original English wordings of "every-bolt": content/explainers/sample-story/index.mdx:12 differs, and both sources are original records',
    ]);
  });
  it('do not warn when only one of the sources is an original record', () => {
    expect(warningsAfter(versions('town-gazette-2024-05-02'), undefined, originals).filter(original)).toEqual([]);
  });
});
