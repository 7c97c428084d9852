/**
 * The lint rules that keep the code's tiers pointing one way, tried on probe files written into
 * the tree for the moment of the test: each wrong-way import must be refused with its rule, and
 * the allowed ones must pass.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TIER_RULES = new Set([
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'no-restricted-imports',
  'max-lines',
  'max-lines-per-function',
]);
const written: string[] = [];

function probe(path: string, text: string): string {
  const file = join(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  written.push(file);
  return file;
}

/** The tier rules' findings on the probe files, as `rule` per file. */
async function lint(...files: string[]): Promise<string[][]> {
  const eslint = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => TIER_RULES.has(ruleId) });
  const results = await eslint.lintFiles(files);
  return files.map((file) =>
    (results.find((result) => result.filePath === file)?.messages ?? []).map((message) => message.ruleId ?? ''),
  );
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

describe('the tiers of the code', () => {
  it('refuses an import from a higher tier into a lower one', async () => {
    const schema = probe('src/schemas/tier-probe-schema.ts', "export { sitePath } from '../lib/paths.ts';\n");
    const content = probe('src/lib/content/tier-probe.ts', "export { roleAt } from '../models/roles.ts';\n");
    const model = probe('src/lib/models/tier-probe.ts', "export { loadSiteData } from '../routes/site-data.ts';\n");
    const downwards = probe('src/lib/routes/tier-probe.ts', "export { roleAt } from '../models/roles.ts';\n");
    expect(await lint(schema, content, model, downwards)).toEqual([
      ['import-x/no-restricted-paths'],
      ['import-x/no-restricted-paths'],
      ['import-x/no-restricted-paths'],
      [],
    ]);
  });

  it('lets only the route modules read the collections, and keeps Astro out of the models', async () => {
    const model = probe('src/lib/models/tier-probe-content.ts', "export { getCollection } from 'astro:content';\n");
    const checker = probe('src/lib/check/tier-probe.ts', "export { AstroError } from 'astro/errors';\n");
    const route = probe('src/lib/routes/tier-probe-content.ts', "export { getCollection } from 'astro:content';\n");
    const zod = probe('src/lib/models/tier-probe-zod.ts', "export { z } from 'astro/zod';\n");
    expect(await lint(model, checker, route, zod)).toEqual([
      ['no-restricted-imports'],
      ['no-restricted-imports'],
      [],
      [],
    ]);
  });

  it('refuses an import circle', async () => {
    const a = probe(
      'src/lib/text/tier-probe-a.ts',
      "import { b } from './tier-probe-b.ts';\nexport const a = () => b;\n",
    );
    const b = probe(
      'src/lib/text/tier-probe-b.ts',
      "import { a } from './tier-probe-a.ts';\nexport const b = () => a;\n",
    );
    const [first = [], second = []] = await lint(a, b);
    expect([...first, ...second]).toContain('import-x/no-cycle');
  });

  it('refuses a file over 300 lines and a function over 80', async () => {
    const body = Array.from({ length: 85 }, (_, i) => `  const v${String(i)} = ${String(i)};`).join('\n');
    const longFunction = probe(
      'src/lib/text/tier-probe-long.ts',
      `export function long() {\n${body}\n  return v0;\n}\n`,
    );
    const lines = Array.from({ length: 301 }, (_, i) => `export const c${String(i)} = ${String(i)};`).join('\n');
    const longFile = probe('src/lib/text/tier-probe-file.ts', `${lines}\n`);
    expect(await lint(longFunction, longFile)).toEqual([['max-lines-per-function'], ['max-lines']]);
  });
});
