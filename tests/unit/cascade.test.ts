/** One mistake, one report: what names a malformed statement is not reported again. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { VALID_DIR } from '../support/invalid-cases.ts';

const root = mkdtempSync(join(tmpdir(), 'cascade-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a statement whose attributes are wrong', () => {
  it('is reported once, and its versions and the links to it are not reported as unknown', () => {
    const content = join(root, 'content');
    cpSync(VALID_DIR, content, { recursive: true });
    const index = join(content, 'explainers', 'sample-story', 'index.mdx');
    const council = join(content, 'explainers', 'sample-story', 'council.mdx');
    writeFileSync(
      index,
      `${readFileSync(index, 'utf8').replace('date="2024-05" id="every-bolt"', 'date="2024-05-32" id="every-bolt"')}
<Version of="every-bolt" source="town-gazette-2024-05-02">We have checked every bolt.</Version>
`,
    );
    writeFileSync(
      council,
      readFileSync(council, 'utf8').replace(
        'date="2024-05-01">the inspection',
        'date="2024-05-01" answers="every-bolt" replyBasis="ours">the inspection',
      ),
    );
    const errors = checkContent(content, { displayBase: root, now: new Date('2024-05-10') }).problems.filter(
      (problem) => problem.severity === 'error',
    );
    expect(errors.map((problem) => `${problem.file}:${String(problem.line)} ${problem.message}`)).toEqual([
      'content/explainers/sample-story/index.mdx:12 date="2024-05-32" is not a day on the calendar (check the month and the day)',
    ]);
  });
});
