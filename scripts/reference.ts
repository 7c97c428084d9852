/**
 * `npm run reference`: writes what editors read from the schemas: the JSON Schemas of people
 * and sources in schemas/ (for YAML checking and completion in the editor) and the field
 * tables of CONTENT.md. A unit test fails when either is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldReference, replaceFieldReference, yamlRecordSchemas } from './lib/json-schemas.ts';

const root = join(import.meta.dirname, '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [name, schema] of Object.entries(yamlRecordSchemas())) {
  writeFileSync(join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Wrote schemas/${name}`);
}
const guide = join(root, 'CONTENT.md');
writeFileSync(guide, replaceFieldReference(readFileSync(guide, 'utf8'), fieldReference()));
console.log('Wrote the field tables of CONTENT.md');
