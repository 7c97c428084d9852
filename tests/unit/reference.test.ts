import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceGenerated } from '../../scripts/lib/guide.ts';
import { fieldReference, yamlRecordSchemas } from '../../scripts/lib/json-schemas.ts';
import { problemReference } from '../../scripts/lib/problem-reference.ts';

const root = join(import.meta.dirname, '..', '..');

describe('what editors read is made from the schemas and the rules', () => {
  it.each(Object.entries(yamlRecordSchemas()))('schemas/%s is up to date (run npm run reference)', (name, schema) => {
    expect(JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8'))).toEqual(schema);
  });

  it('the field tables of CONTENT.md are up to date (run npm run reference)', () => {
    const guide = readFileSync(join(root, 'CONTENT.md'), 'utf8');
    expect(replaceGenerated(guide, 'fields', fieldReference())).toBe(guide);
  });

  it('the list of errors of CONTENT.md is up to date (run npm run reference)', () => {
    const guide = readFileSync(join(root, 'CONTENT.md'), 'utf8');
    expect(replaceGenerated(guide, 'problems', problemReference())).toBe(guide);
  });

  it('every field has its one-line explanation', () => {
    const rows = fieldReference()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row, row).not.toMatch(/\| $/);
  });

  it('the JSON Schemas reject what the build rejects', () => {
    const source = yamlRecordSchemas()['source.schema.json'] as { additionalProperties: boolean; required: string[] };
    expect(source.additionalProperties).toBe(false);
    expect(source.required).toEqual(['publisher', 'title', 'date', 'language']);
  });
});
