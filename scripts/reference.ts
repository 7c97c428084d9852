/**
 * `npm run reference`: writes what editors read from the schemas and the rules: the JSON
 * Schemas of people and sources in schemas/ (for YAML checking and completion in the editor),
 * and the field tables and the list of errors of CONTENT.md. A unit test fails when any is
 * out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceGenerated } from './lib/guide.ts';
import { fieldReference, yamlRecordSchemas } from './lib/json-schemas.ts';
import { problemReference } from './lib/problem-reference.ts';

const root = join(import.meta.dirname, '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, schema] of Object.entries(yamlRecordSchemas())) {
  writeFileSync(join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Wrote schemas/${name}`);
}
const guide = join(root, 'CONTENT.md');
const fields = replaceGenerated(readFileSync(guide, 'utf8'), 'fields', fieldReference());
writeFileSync(guide, replaceGenerated(fields, 'problems', problemReference()));
console.log('Wrote the field tables and the list of errors of CONTENT.md');
