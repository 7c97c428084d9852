/**
 * What every scaffold shares: how a file is created (never over another), how an id is made
 * and checked, how a path is shown to the editor, and how the command stops with a message.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentDir } from '../../../src/lib/content/content-dir.ts';
import { slugWords } from '../../../src/lib/content/said-markup.ts';
import { ID_PATTERN } from '../../../src/schemas/common.ts';

/** How many words of a title or a name go into the id made from it. */
export const ID_WORDS = 8;

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A path as the editor can open it from where the command runs. */
export const shown = (path: string) => relative(process.cwd(), path);

/** A string as a YAML value, quoted. */
export const yamlText = (value: string) => JSON.stringify(value);

/** The day the command runs, as the dates of the content are written: YYYY-MM-DD. */
export const today = new Date().toISOString().slice(0, 10);

/** Refuses a string that is not an id, saying what an id looks like and which one to use. */
export function requireId(candidate: string, example: string): string {
  if (ID_PATTERN.test(candidate)) return candidate;
  const suggestion = slugWords(candidate, ID_WORDS);
  fail(
    `"${candidate}" is not an id: ids are lowercase letters, digits and hyphens (kebab-case), ` +
      `e.g. "${example}".${suggestion ? ` Use "${suggestion}"?` : ''}`,
  );
}

/**
 * Refuses an id already taken by a record of `kind`, or by a record of the other kind: a
 * citation names sources and publishers by id alone, so one id cannot be both.
 */
export function requireFreeRecordId(id: string, kind: 'source' | 'publisher'): string {
  const other = kind === 'source' ? 'publisher' : 'source';
  const file = join(contentDir(), `${kind}s`, `${id}.yaml`);
  if (existsSync(file)) fail(`${shown(file)} already exists: edit that file, or choose another id.`);
  const taken = join(contentDir(), `${other}s`, `${id}.yaml`);
  if (existsSync(taken)) {
    fail(
      `"${id}" is the id of a ${other} (${shown(taken)}), and a citation names sources and publishers ` +
        `by id alone: choose another id for the ${kind}.`,
    );
  }
  return file;
}

/** Writes a new file, never over an existing one. */
export function create(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}
