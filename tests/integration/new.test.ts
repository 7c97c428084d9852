import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldDocs } from '../../scripts/lib/json-schemas.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { personSchema, roleSchema } from '../../src/schemas/person.ts';
import { publisherSchema } from '../../src/schemas/publisher.ts';
import { sectionSchema } from '../../src/schemas/section.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { shellEnv } from '../support/clean-env.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VALID = join(ROOT, 'tests', 'fixtures', 'valid');
const work = mkdtempSync(join(tmpdir(), 'explainer-new-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the valid content set to scaffold into. */
function contentCopy(name: string): string {
  const content = join(work, name);
  cpSync(VALID, content, { recursive: true });
  return content;
}

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: shellEnv({
      PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
      NO_COLOR: '1',
      ...env,
    }),
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/** `npm run new -- …args` on a content folder. */
const scaffold = (content: string, ...args: string[]) => run('scripts/new.ts', args, { CONTENT_DIR: content });
/** `npm run check` on a content folder. */
const check = (content: string) => run('scripts/check.ts', [content]);

/** The 1-based number of the only line of `text` that is exactly `line`. */
function lineOf(text: string, line: string): number {
  const lines = text.split('\n');
  expect(
    lines.filter((candidate) => candidate === line),
    `the line ${line}`,
  ).toHaveLength(1);
  return lines.indexOf(line) + 1;
}

/** Asserts every field of a schema is in the file, with its JSDoc as a comment above it. */
function expectEveryFieldExplained(text: string, schemaFile: string, fields: string[]) {
  const docs = fieldDocs(join(ROOT, 'src', 'schemas', schemaFile));
  for (const field of fields) {
    const doc = docs.get(field);
    if (!doc) throw new Error(`${field} has no JSDoc in ${schemaFile}`);
    // The field's help, maybe a further comment line, then the field, commented out when optional.
    expect(text, field).toMatch(new RegExp(`# ${RegExp.escape(doc)}\\n(?: *# .*\\n)? *(?:# )?(?:- )?${field}:`));
  }
}

describe('npm run new -- "Title": a story', () => {
  const content = contentCopy('story');
  const story = join(content, 'explainers', 'flood-defences-what-was-promised');
  let created: ReturnType<typeof scaffold>;
  beforeAll(() => {
    created = scaffold(content, 'Flood defences: what was promised?');
  });

  it('scaffolds a draft with every field explained', () => {
    expect(created.status, created.output).toBe(0);
    const index = readFileSync(join(story, 'index.mdx'), 'utf8');
    expect(index).toMatch(/^status: draft$/m);
    expect(index).not.toContain('status: published');
    expect(index).toContain('title: "Flood defences: what was promised?"');
    expectEveryFieldExplained(index, 'story.ts', Object.keys(storySchema.shape));
    expectEveryFieldExplained(
      readFileSync(join(story, 'context.mdx'), 'utf8'),
      'section.ts',
      Object.keys(sectionSchema.shape),
    );
    expect(created.stdout).toContain('draft');
    expect(created.stdout).toContain('status: published');
  });

  it('gives the draft a stub source and a stub publisher, explained, so that it passes the check at once', () => {
    const stub = readFileSync(join(content, 'sources', 'flood-defences-what-was-promised-source.yaml'), 'utf8');
    expect(stub.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/source.schema.json');
    expectEveryFieldExplained(stub, 'source.ts', Object.keys(sourceSchema.shape));
    expect(stub).not.toMatch(/^(?:# )?relays:/m);
    expect(stub).toMatch(/^publisher: "flood-defences-what-was-promised-publisher"$/m);

    const publisher = readFileSync(
      join(content, 'publishers', 'flood-defences-what-was-promised-publisher.yaml'),
      'utf8',
    );
    expect(publisher.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/publisher.schema.json');
    expect(publisher.split('\n')[1]).toMatch(/^# A stub for the story "Flood defences: what was promised\?"/);
    expectEveryFieldExplained(publisher, 'publisher.ts', Object.keys(publisherSchema.shape));
    expect(publisher).toMatch(/^country: "ZZ"$/m);
    expect(created.stdout).toContain('the stub publisher');
    expect(created.stdout).toContain('publishers/flood-defences-what-was-promised-publisher.yaml');

    const checked = check(content);
    expect(checked.status, checked.output).toBe(0);
  });

  it('refuses a title whose folder exists, with or without the word story', () => {
    const again = scaffold(content, 'story', 'Flood defences: what was promised?');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('flood-defences-what-was-promised already exists');
  });

  it('also takes the word story before the title', () => {
    const other = scaffold(content, 'story', 'Harbour tolls');
    expect(other.status, other.output).toBe(0);
    expect(readFileSync(join(content, 'explainers', 'harbour-tolls', 'index.mdx'), 'utf8')).toMatch(/^status: draft$/m);
  });

  it('refuses a title that would take one of the site’s own addresses', () => {
    const reserved = scaffold(content, 'Drafts');
    expect(reserved.status).toBe(1);
    expect(reserved.stderr).toContain('"drafts" is a name the site keeps for itself');
    expect(existsSync(join(content, 'explainers', 'drafts'))).toBe(false);
  });

  it('builds, and is on the home page once its status is published', () => {
    const index = join(story, 'index.mdx');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/^status: draft$/m, 'status: published'));
    const outDir = join(work, 'story-dist');
    const built = run('scripts/build.ts', [], {
      CONTENT_DIR: content,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    expect(built.status, built.output).toBe(0);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Flood defences: what was promised?');
    expect(existsSync(join(outDir, 'flood-defences-what-was-promised', 'index.html'))).toBe(true);
  });
});

describe('npm run new -- person "Name"', () => {
  const content = contentCopy('person');
  const file = join(content, 'people', 'jose-ramos-horta.yaml');

  it('scaffolds a person that fails the check, at the empty fields, until they are filled', () => {
    const created = scaffold(content, 'person', 'José Ramos-Horta');
    expect(created.status, created.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/person.schema.json');
    expect(text).toContain('name: "José Ramos-Horta"');
    expectEveryFieldExplained(text, 'person.ts', [
      ...Object.keys(personSchema.shape),
      ...Object.keys(roleSchema.shape),
    ]);

    const description = lineOf(text, 'description: ""');
    const role = lineOf(text, '  - title: ""');
    expect(created.stdout).toContain(`people/jose-ramos-horta.yaml:${String(description)}`);
    expect(created.stdout).toContain(`people/jose-ramos-horta.yaml:${String(role)}`);
    expect(created.stdout).toContain('<Said by="jose-ramos-horta"');

    const unfilled = check(content);
    expect(unfilled.status).toBe(1);
    expect(unfilled.stderr).toMatch(
      new RegExp(`people/jose-ramos-horta\\.yaml:${String(description)}:\\d+ .*description must not be empty`),
    );
    expect(unfilled.stderr).toMatch(
      new RegExp(`people/jose-ramos-horta\\.yaml:${String(role)}:\\d+ .*title must not be empty`),
    );
    expect(unfilled.stderr).toContain('2 errors');

    writeFileSync(
      file,
      text
        .replace('description: ""', 'description: "Former President of East Timor."')
        .replace('  - title: ""', '  - title: "President of East Timor"'),
    );
    const filled = check(content);
    expect(filled.status, filled.output).toBe(0);
  });

  it('refuses a person whose id exists, and leaves the file as it was', () => {
    const existing = join(content, 'people', 'ana-lopez.yaml');
    const before = readFileSync(existing, 'utf8');
    const again = scaffold(content, 'person', 'Ana López');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('people/ana-lopez.yaml already exists');
    expect(again.stderr).toContain('--id');
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('asks for an id when the name has no Latin letters, and takes one in kebab-case', () => {
    const noLatin = scaffold(content, 'person', 'Владимир Путин');
    expect(noLatin.status).toBe(1);
    expect(noLatin.stderr).toContain('npm run new -- person "Владимир Путин" --id');

    const badId = scaffold(content, 'person', 'Владимир Путин', '--id', 'Vladimir_Putin');
    expect(badId.status).toBe(1);
    expect(badId.stderr).toContain('"Vladimir_Putin" is not an id');
    expect(badId.stderr).toContain('"vladimir-putin"');
    expect(existsSync(join(content, 'people', 'Vladimir_Putin.yaml'))).toBe(false);

    const given = scaffold(content, 'person', 'Владимир Путин', '--id', 'vladimir-putin');
    expect(given.status, given.output).toBe(0);
    expect(readFileSync(join(content, 'people', 'vladimir-putin.yaml'), 'utf8')).toContain('name: "Владимир Путин"');
  });

  it('asks for the name when none is given', () => {
    const nameless = scaffold(content, 'person');
    expect(nameless.status).toBe(1);
    expect(nameless.stderr).toContain('npm run new -- person "Full Name"');
  });
});

describe('npm run new -- source <id>', () => {
  const content = contentCopy('source');
  const file = join(content, 'sources', 'tass-2025-10-09.yaml');

  it('scaffolds a source that fails the check, at the empty fields, until they are filled', () => {
    const created = scaffold(content, 'source', 'tass-2025-10-09');
    expect(created.status, created.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/source.schema.json');
    expectEveryFieldExplained(text, 'source.ts', Object.keys(sourceSchema.shape));
    expect(text).toContain('date: "2025-10-09"');

    expect(text).not.toMatch(/^(?:# )?relays:/m);
    expect(created.stdout).toContain('npm run new -- publisher <id>');

    const empty = {
      publisher: 'publisher must be lowercase letters, digits and hyphens',
      title: 'title must not be empty',
      language: 'language tag',
    };
    const unfilled = check(content);
    expect(unfilled.status).toBe(1);
    for (const [field, message] of Object.entries(empty)) {
      const line = String(lineOf(text, `${field}: ""`));
      expect(created.stdout).toContain(`sources/tass-2025-10-09.yaml:${line}`);
      expect(unfilled.stderr).toMatch(new RegExp(`sources/tass-2025-10-09\\.yaml:${line}:\\d+ .*${message}`));
    }
    expect(unfilled.stderr).toContain('3 errors');

    const unknown = text
      .replace('title: ""', 'title: "Kremlin comments on the talks"')
      .replace('language: ""', 'language: ru');
    writeFileSync(file, unknown.replace('publisher: ""', 'publisher: tass'));
    const unknownPublisher = check(content);
    expect(unknownPublisher.status).toBe(1);
    expect(unknownPublisher.stderr).toMatch(
      new RegExp(
        `sources/tass-2025-10-09\\.yaml:${String(lineOf(text, 'publisher: ""'))}:\\d+ .*unknown publisher "tass"`,
      ),
    );

    writeFileSync(file, unknown.replace('publisher: ""', 'publisher: town-gazette'));
    const filled = check(content);
    expect(filled.status, filled.output).toBe(0);
  });

  it('leaves the date empty when the id does not end with one', () => {
    const created = scaffold(content, 'source', 'council-minutes');
    expect(created.status, created.output).toBe(0);
    const text = readFileSync(join(content, 'sources', 'council-minutes.yaml'), 'utf8');
    expect(created.stdout).toContain(`sources/council-minutes.yaml:${String(lineOf(text, 'date: ""'))}`);
  });

  it('refuses an id that exists', () => {
    const again = scaffold(content, 'source', 'council-radio-2024-05-01');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('sources/council-radio-2024-05-01.yaml already exists');
  });

  it('refuses the id of a publisher, which a citation could not tell apart from the source', () => {
    const taken = scaffold(content, 'source', 'town-gazette');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('"town-gazette" is the id of a publisher');
    expect(existsSync(join(content, 'sources', 'town-gazette.yaml'))).toBe(false);
  });

  it.each([
    ['TASS_2025-10-09', 'tass-2025-10-09'],
    ['tass 2025', 'tass-2025'],
    ['Tass--2025', 'tass-2025'],
  ])('refuses the id "%s", which is not in kebab-case, and suggests "%s"', (id, suggested) => {
    const refused = scaffold(content, 'source', id);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`"${id}" is not an id`);
    expect(refused.stderr).toContain('lowercase letters, digits and hyphens');
    expect(refused.stderr).toContain(`"${suggested}"`);
  });

  it('asks for the id when none is given', () => {
    const idless = scaffold(content, 'source');
    expect(idless.status).toBe(1);
    expect(idless.stderr).toContain('npm run new -- source <id>');
  });
});

describe('npm run new -- publisher <id>', () => {
  const content = contentCopy('publisher');
  const file = join(content, 'publishers', 'tass.yaml');

  it('scaffolds a publisher that fails the check, at the empty fields, until they are filled', () => {
    const created = scaffold(content, 'publisher', 'tass');
    expect(created.status, created.output).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/publisher.schema.json');
    expectEveryFieldExplained(text, 'publisher.ts', Object.keys(publisherSchema.shape));
    expect(created.stdout).toContain('publisher: tass');

    const empty = {
      name: 'name must not be empty',
      description: 'description must not be empty',
      country: 'two-letter country code in capitals',
    };
    const unfilled = check(content);
    expect(unfilled.status).toBe(1);
    for (const [field, message] of Object.entries(empty)) {
      const line = String(lineOf(text, `${field}: ""`));
      expect(created.stdout).toContain(`publishers/tass.yaml:${line}`);
      expect(unfilled.stderr).toMatch(new RegExp(`publishers/tass\\.yaml:${line}:\\d+ .*${message}`));
    }
    expect(unfilled.stderr).toContain('3 errors');

    writeFileSync(
      file,
      text
        .replace('name: ""', 'name: TASS')
        .replace('description: ""', 'description: "Russian state news agency"')
        .replace('country: ""', 'country: RU'),
    );
    const filled = check(content);
    expect(filled.status, filled.output).toBe(0);
  });

  it('refuses a publisher whose id exists, and leaves the file as it was', () => {
    const existing = join(content, 'publishers', 'town-gazette.yaml');
    const before = readFileSync(existing, 'utf8');
    const again = scaffold(content, 'publisher', 'town-gazette');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('publishers/town-gazette.yaml already exists');
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('refuses the id of a source, which a citation could not tell apart from the publisher', () => {
    const taken = scaffold(content, 'publisher', 'council-radio-2024-05-01');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('"council-radio-2024-05-01" is the id of a source');
    expect(existsSync(join(content, 'publishers', 'council-radio-2024-05-01.yaml'))).toBe(false);
  });

  it('refuses an id that is not in kebab-case, and suggests one', () => {
    const refused = scaffold(content, 'publisher', 'Town_Crier');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('"Town_Crier" is not an id');
    expect(refused.stderr).toContain('"town-crier"');
    expect(existsSync(join(content, 'publishers', 'Town_Crier.yaml'))).toBe(false);
  });

  it('asks for the id when none is given', () => {
    const idless = scaffold(content, 'publisher');
    expect(idless.status).toBe(1);
    expect(idless.stderr).toContain('npm run new -- publisher <id>');
  });
});

describe('npm run new with a command line it cannot read', () => {
  const content = contentCopy('options');

  it.each([
    [['--bogus'], 'npm run new has no option "--bogus"'],
    [['person', 'Ana Ruiz', '--id'], '--id needs a value after it'],
    [['source', 'tass-2025-10-09', '--id', 'tass'], '--id is for a person'],
  ])('refuses %j, saying why and how it is used', (args, said) => {
    const refused = scaffold(content, ...args);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(said);
    expect(refused.stderr).toContain('npm run new -- person "Full Name"');
  });
});

describe('npm run new -- --help', () => {
  it.each([['--help'], ['-h']])('%s prints how it is used, makes nothing and exits 0', (flag) => {
    const content = contentCopy(`help${flag}`);
    const before = readdirSync(content, { recursive: true });
    const help = scaffold(content, flag);
    expect(help.status, help.output).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('Make a new story, person, source or publisher:');
    expect(help.stdout).toContain('npm run new -- person "Full Name"');
    expect(help.stderr).toBe('');
    expect(readdirSync(content, { recursive: true })).toEqual(before);
  });
});

describe('npm run new with nothing to make', () => {
  it('says how it is used', () => {
    const usage = scaffold(contentCopy('usage'));
    expect(usage.status).toBe(1);
    for (const form of ['npm run new -- "Title of the story"', 'person "Full Name"', 'source <id>', 'publisher <id>']) {
      expect(usage.stderr).toContain(form);
    }
  });
});
