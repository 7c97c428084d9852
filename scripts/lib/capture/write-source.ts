/**
 * The files a capture writes: `sources/<id>.yaml`, `sources/<id>.txt` and, for an outlet not
 * yet known, `publishers/<id>.yaml`. The texts are made by pure functions; `writeFiles` writes
 * them all or, when one is in the way, none.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Source } from '../../../src/schemas/source.ts';
import type { NewPublisher } from './source-record.ts';

/** Hex SHA-256 of a text's UTF-8 bytes: what `sha256:` records for the `.txt` file. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A value as YAML reads it back unchanged: JSON's double-quoted strings are YAML too. */
const yamlText = (value: string) => JSON.stringify(value);

/** The fields of a captured record in the order editors read them. */
const SOURCE_FIELDS = [
  'publisher',
  'title',
  'date',
  'author',
  'language',
  'url',
  'archiveUrl',
  'captured',
  'sha256',
] as const;

/** The YAML of a captured source: its fields, with comments saying where the text is and what to check. */
export function sourceYaml(id: string, source: Source, capturedFrom: string): string {
  const lines = [
    '# yaml-language-server: $schema=../../schemas/source.schema.json',
    `# Captured by npm run source -- add from ${capturedFrom}; its text is in ${id}.txt beside this file.`,
    '# npm run check reports the text if it changes; after a deliberate edit, npm run source -- accept records it.',
  ];
  for (const field of SOURCE_FIELDS) {
    const value = source[field];
    if (value === undefined) continue;
    if (field === 'archiveUrl') {
      lines.push(
        '# A suggestion: open it, check that it shows this page (or save the page there), else delete the line.',
      );
    }
    lines.push(`${field}: ${yamlText(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The YAML of a new publisher: name and website from the page, the description and the country left for the editor. */
export function publisherYaml(publisher: NewPublisher, help: (field: string) => string): string {
  return [
    '# yaml-language-server: $schema=../../schemas/publisher.schema.json',
    '# Made by npm run source -- add from the page of one of its sources.',
    '# Fill in every value left "": npm run check reports each one until it is filled.',
    '',
    `# ${help('name')}`,
    `name: ${yamlText(publisher.name ?? '')}`,
    `# ${help('description')}`,
    'description: ""',
    `# ${help('country')}`,
    '# "ZZ" when it is not known.',
    'country: ""',
    ...(publisher.url === undefined ? [] : [`# ${help('url')}`, `url: ${yamlText(publisher.url)}`]),
    '',
  ].join('\n');
}

/** A `sha256:` line, as the capture writes it or an editor may. */
const SHA256_LINE = /^sha256:.*$/m;

/** A source's YAML with its `sha256:` set to a new hash; undefined when the record has no `sha256:` line. */
export function withSha256(yaml: string, sha256: string): string | undefined {
  return SHA256_LINE.test(yaml) ? yaml.replace(SHA256_LINE, `sha256: ${yamlText(sha256)}`) : undefined;
}

/** A file to write: where, its text, and whether it may replace a file already there. */
export interface FileToWrite {
  path: string;
  text: string;
  replace: boolean;
}

/**
 * Writes every file, or none when one that may not be replaced exists already: the paths in
 * the way are returned, and nothing is written.
 */
export function writeFiles(files: readonly FileToWrite[]): string[] {
  const inTheWay = files.filter((file) => !file.replace && existsSync(file.path)).map((file) => file.path);
  if (inTheWay.length > 0) return inTheWay;
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text, { flag: file.replace ? 'w' : 'wx' });
  }
  return [];
}
