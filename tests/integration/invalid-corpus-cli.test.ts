/**
 * The invalid content corpus through the real command: `npm run check` exits 1 and prints the
 * place of the mistake. The corpus's cases themselves are unit tests (tests/unit/invalid-corpus.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases, PROJECT_ROOT, withContent } from '../support/invalid-cases.ts';

/** The case the real command-line checker is run on. */
const CLI_CASE = 'unknown-speaker';
/**
 * The Node that runs scripts/check.ts: the one running the tests when it is new enough to run
 * TypeScript, else the project's own (node_modules/.bin/vitest starts under whatever `node` is
 * first on PATH, which outside npm scripts may be an older system Node).
 */
const NODE =
  Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : join(PROJECT_ROOT, 'node_modules/.bin/node');

describe('the invalid content corpus, through npm run check', () => {
  it(`makes the check command exit 1 and print the place (${CLI_CASE})`, () => {
    const invalid = cases.find((candidate) => candidate.name === CLI_CASE);
    if (!invalid) throw new Error(`the case ${CLI_CASE} is missing`);
    const result = withContent(invalid, (_root, contentDir) =>
      spawnSync(NODE, ['scripts/check.ts', contentDir], { cwd: PROJECT_ROOT, encoding: 'utf8' }),
    );
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(`${invalid.expect.file}:${String(invalid.expect.line)}:`);
  });
});
