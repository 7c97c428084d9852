/**
 * Each field of a scaffold is explained by the JSDoc of its schema (the hover help editors
 * see), so that the comment in a new file and the schema never drift apart.
 */
import { join } from 'node:path';
import { fieldDocs } from '../json-schemas.ts';
import { shown } from './scaffold.ts';

/** The JSDoc of each field of a schema file, to explain the field in a comment; one missing is a bug. */
export function helpFrom(schemaFile: string): (field: string) => string {
  const docs = fieldDocs(join(import.meta.dirname, '..', '..', '..', 'src', 'schemas', schemaFile));
  return (field) => {
    const doc = docs.get(field);
    if (!doc) throw new Error(`src/schemas/${schemaFile}: the field "${field}" has no JSDoc to explain it with`);
    return doc;
  };
}

/** The lines left `key: ""` in a record, with what goes there: the editor's list to fill in. */
export function valuesToFill(path: string, text: string, help: (field: string) => string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const field = /^\s*(?:- )?(\w+): ""$/.exec(line)?.[1];
    return field ? [`  ${shown(path)}:${String(index + 1)}  ${field}: ${help(field)}`] : [];
  });
}
