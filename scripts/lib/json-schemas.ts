import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { eventSchema, storySchema } from '../../src/schemas/story.ts';
import { personSchema, roleSchema } from '../../src/schemas/person.ts';
import { periodSchema, sectionSchema } from '../../src/schemas/section.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { publisherSchema } from '../../src/schemas/publisher.ts';
import { updateSchema } from '../../src/schemas/update.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import {
  accountAttributesSchema,
  sourcesDifferAttributesSchema,
  statementAttributesSchema,
  versionAttributesSchema,
} from '../../src/schemas/statement.ts';
import { citeAttributesSchema } from '../../src/schemas/cite.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; description?: string } & Record<
  string,
  unknown
>;

/** The one-line JSDoc of every field in a schema file, by field name: the hover help editors see. */
export function fieldDocs(schemaFile: string): Map<string, string> {
  const source = ts.createSourceFile(schemaFile, readFileSync(schemaFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const comment = ts
        .getJSDocCommentsAndTags(node)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment))
        .join(' ')
        .trim();
      if (comment) docs.set(node.name.text, comment);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return docs;
}

function describeProperties(schema: JsonSchema, docs: Map<string, string>): JsonSchema {
  const properties = schema.properties
    ? Object.fromEntries(
        Object.entries(schema.properties).map(([name, property]) => {
          const doc = docs.get(name);
          return [name, { ...describeProperties(property, docs), ...(doc ? { description: doc } : {}) }];
        }),
      )
    : undefined;
  return {
    ...schema,
    ...(properties ? { properties } : {}),
    ...(schema.items ? { items: describeProperties(schema.items, docs) } : {}),
  };
}

/** The JSON Schemas editors use to check and complete YAML records, by file name. */
export function yamlRecordSchemas(): Record<string, unknown> {
  const toJson = (schema: z.ZodType, file: string, title: string) => ({
    ...describeProperties(
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as JsonSchema,
      fieldDocs(new URL(`../../src/schemas/${file}`, import.meta.url).pathname),
    ),
    title,
  });
  return {
    'person.schema.json': toJson(personSchema, 'person.ts', 'A person in content/people/'),
    'source.schema.json': toJson(sourceSchema, 'source.ts', 'A source in content/sources/'),
    'publisher.schema.json': toJson(publisherSchema, 'publisher.ts', 'A publisher in content/publishers/'),
  };
}

/** Where each editor-facing schema is defined, and what it describes. */
const REFERENCE = [
  { heading: 'Story front matter (`index.mdx`)', file: 'story.ts', schema: storySchema },
  { heading: 'Background section front matter (other `.mdx` files)', file: 'section.ts', schema: sectionSchema },
  { heading: 'Event (each item of a story’s `events`)', file: 'story.ts', schema: eventSchema },
  { heading: 'Update (each item of a story’s `updates`)', file: 'update.ts', schema: updateSchema },
  { heading: 'Correction (each item of a story’s `corrections`)', file: 'correction.ts', schema: correctionSchema },
  { heading: 'Statement attributes (`<Said …>`)', file: 'statement.ts', schema: statementAttributesSchema },
  { heading: 'Version attributes (`<Version …>`)', file: 'statement.ts', schema: versionAttributesSchema },
  { heading: 'Sources that differ (`<SourcesDiffer …>`)', file: 'statement.ts', schema: sourcesDifferAttributesSchema },
  {
    heading: 'Account attributes (`<Account …>`, inside `<SourcesDiffer>`)',
    file: 'statement.ts',
    schema: accountAttributesSchema,
  },
  { heading: 'Cite attributes (`<Cite … />`)', file: 'cite.ts', schema: citeAttributesSchema },
  { heading: 'Person (`content/people/<id>.yaml`)', file: 'person.ts', schema: personSchema },
  { heading: 'Role (each item of a person’s `roles`)', file: 'person.ts', schema: roleSchema },
  { heading: 'Source (`content/sources/<id>.yaml`)', file: 'source.ts', schema: sourceSchema },
  { heading: 'Publisher (`content/publishers/<id>.yaml`)', file: 'publisher.ts', schema: publisherSchema },
  { heading: 'Period (a section’s `period`)', file: 'section.ts', schema: periodSchema },
] as const;

/** The field tables of CONTENT.md, made from the schemas and their JSDoc so they cannot drift. */
export function fieldReference(): string {
  return REFERENCE.map(({ heading, file, schema }) => {
    const docs = fieldDocs(new URL(`../../src/schemas/${file}`, import.meta.url).pathname);
    const rows = Object.entries(schema.shape).map(([name, field]) => {
      const required = !(field as z.ZodType).safeParse(undefined).success;
      return `| \`${name}\` | ${required ? 'yes' : 'no'} | ${(docs.get(name) ?? '').replaceAll('|', '\\|')} |`;
    });
    return [`#### ${heading}`, '', '| field | required | what it is |', '| --- | --- | --- |', ...rows].join('\n');
  }).join('\n\n');
}
