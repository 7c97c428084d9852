/**
 * `npm run new`: scaffolds content for an editor to fill in, every field explained in a comment
 * taken from the schema's own JSDoc (the hover help), so the two never drift.
 *
 *   npm run new -- "Title of the story"      a story as a draft (also: npm run new -- story "…")
 *   npm run new -- person "Full Name"        a person; the id is made from the name, or --id <id>
 *   npm run new -- source <id>               a source, e.g. tass-2025-10-09
 *   npm run new -- publisher <id>            an outlet that publishes or is cited, e.g. tass
 *
 * A story is a draft that passes `npm run check` at once, so it can be previewed while it is
 * written: with a stub source, and a stub publisher for it, when there are none to use. A
 * person, a source or a publisher is a record that published stories rely on: its required
 * values are left empty, so that `npm run check` names each one, at its line, until filled.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { fieldDocs } from './lib/json-schemas.ts';
import { isReservedStorySlug } from '../src/lib/paths.ts';
import { slugWords } from '../src/lib/content/said-markup.ts';
import { ID_PATTERN, isRealDay } from '../src/schemas/common.ts';

const USAGE = `Make a new story, person, source or publisher:
  npm run new -- "Title of the story"        a story, as a draft (or: npm run new -- story "Title")
  npm run new -- person "Full Name"          a person; add --id <id> to choose the id yourself
  npm run new -- source <id>                 a source, e.g. npm run new -- source tass-2025-10-09
  npm run new -- publisher <id>              an outlet, e.g. npm run new -- publisher tass`;

/** How many words of a title or a name go into the id made from it. */
const ID_WORDS = 8;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The JSDoc of each field of a schema file, to explain the field in a comment; one missing is a bug. */
function helpFrom(schemaFile: string): (field: string) => string {
  const docs = fieldDocs(join(import.meta.dirname, '..', 'src', 'schemas', schemaFile));
  return (field) => {
    const doc = docs.get(field);
    if (!doc) throw new Error(`src/schemas/${schemaFile}: the field "${field}" has no JSDoc to explain it with`);
    return doc;
  };
}

/** A path as the editor can open it from where the command runs. */
const shown = (path: string) => relative(process.cwd(), path);

/** Refuses a string that is not an id, saying what an id looks like and which one to use. */
function requireId(candidate: string, example: string): string {
  if (ID_PATTERN.test(candidate)) return candidate;
  const suggestion = slugWords(candidate, ID_WORDS);
  fail(
    `"${candidate}" is not an id: ids are lowercase letters, digits and hyphens (kebab-case), ` +
      `e.g. "${example}".${suggestion ? ` Use "${suggestion}"?` : ''}`,
  );
}

/** Writes a new file, never over an existing one. */
function create(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}

/** The lines left `key: ""` in a record, with what goes there: the editor's list to fill in. */
function valuesToFill(path: string, text: string, help: (field: string) => string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const field = /^\s*(?:- )?(\w+): ""$/.exec(line)?.[1];
    return field ? [`  ${shown(path)}:${String(index + 1)}  ${field}: ${help(field)}`] : [];
  });
}

const yamlText = (value: string) => JSON.stringify(value);
const today = new Date().toISOString().slice(0, 10);

/** The text written for each required field of a source record. */
type SourceValues = Record<'publisher' | 'title' | 'date' | 'language', string>;

/** A source record: the given values, every optional field commented out under its help. */
function sourceYaml(id: string, header: string[], values: SourceValues): string {
  const help = helpFrom('source.ts');
  return [
    '# yaml-language-server: $schema=../../schemas/source.schema.json',
    ...header.map((line) => `# ${line}`),
    // Whom a source relays depends on the statement, so it is written there, not here.
    `# When it relays another outlet, a statement says so: source="${id} citing <source-or-publisher-id>".`,
    '# Optional fields are commented out: remove the "# " before one to use it.',
    '',
    `# ${help('publisher')}`,
    `publisher: ${yamlText(values.publisher)}`,
    `# ${help('title')}`,
    `title: ${yamlText(values.title)}`,
    `# ${help('date')}`,
    `date: ${yamlText(values.date)}`,
    `# ${help('language')}`,
    `language: ${yamlText(values.language)}`,
    `# ${help('dateUncertain')}`,
    '# dateUncertain: true',
    `# ${help('author')}`,
    '# author: ""',
    `# ${help('url')}`,
    '# url: ""',
    `# ${help('archiveUrl')}`,
    '# archiveUrl: ""',
    `# ${help('framing')}`,
    '# framing: ""',
    `# ${help('note')}`,
    '# note: ""',
    `# ${help('excerpt')}`,
    '# Quotes are checked against it; the whole text may go in a .txt file of the same name instead.',
    '# excerpt: |',
    '#   The words of the source, as published.',
    `# ${help('captured')}`,
    '# Written with the .txt by npm run source -- add, which captures a source from its page.',
    '# captured: ""',
    `# ${help('sha256')}`,
    '# sha256: ""',
    '',
  ].join('\n');
}

/** The text written for each required field of a publisher record. */
type PublisherValues = Record<'name' | 'description' | 'country', string>;

/** A publisher record: the given values, its optional field commented out under its help. */
function publisherYaml(header: string[], values: PublisherValues): string {
  const help = helpFrom('publisher.ts');
  return [
    '# yaml-language-server: $schema=../../schemas/publisher.schema.json',
    ...header.map((line) => `# ${line}`),
    '# Optional fields are commented out: remove the "# " before one to use it.',
    '',
    `# ${help('name')}`,
    `name: ${yamlText(values.name)}`,
    `# ${help('description')}`,
    `description: ${yamlText(values.description)}`,
    `# ${help('country')}`,
    `country: ${yamlText(values.country)}`,
    `# ${help('url')}`,
    '# url: ""',
    '',
  ].join('\n');
}

/**
 * Refuses an id already taken by a record of `kind`, or by a record of the other kind: a
 * citation names sources and publishers by id alone, so one id cannot be both.
 */
function requireFreeRecordId(id: string, kind: 'source' | 'publisher'): string {
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

function newStory(title: string) {
  if (!title) fail(USAGE);
  const slug = slugWords(title, ID_WORDS);
  if (!slug) fail(`Cannot make a folder name from "${title}": use a title with Latin letters or digits.`);
  if (isReservedStorySlug(slug)) {
    fail(`"${slug}" is a name the site keeps for itself, so a story cannot live at /${slug}/: choose another title.`);
  }
  const content = contentDir();
  const storyDir = join(content, 'explainers', slug);
  if (existsSync(storyDir)) fail(`${shown(storyDir)} already exists: choose another title or edit that story.`);
  const sourceId = `${slug}-source`.slice(0, 60).replace(/-+$/, '');
  const story = helpFrom('story.ts');
  const section = helpFrom('section.ts');

  create(
    join(storyDir, 'index.mdx'),
    `---
# ${story('title')}
title: ${yamlText(title)}
# ${story('summary')}
summary: "Replace this with one or two sentences that sum up the story."
# ${story('published')}
published: "${today}"
# ${story('asOf')}
asOf: "${today}"
# ${story('status')}
# A draft shows in npm run dev, marked as a draft; set "published" when the story is ready.
status: draft
# ${story('sources')}
# Each is a file in content/sources/ (its name without .yaml); replace the stub made for this story.
sources: [${sourceId}]
# ${story('events')}
# events: [{ date: "${today}", what: "What happened, in a short sentence", source: ${sourceId} }]
# ${story('updates')}
# Added after publication, each with a source that reports it or a story that tells it.
# updates: [{ date: "${today}", text: "What happened next, in a sentence.", source: ${sourceId} }]
# ${story('corrections')}
# corrections: [{ date: "${today}", wrong: "What the story said.", right: "What is right.", statements: [] }]
# ${story('tags')}
tags: []
---

Write the story here in Markdown. Put every statement inside the statement component, e.g.
a direct quote, with the exact words:

{/* <Said by="person-id" mode="direct" source="${sourceId}" date="${today}">The exact words.</Said> */}

Delete this paragraph and the example above when you write the story. See CONTENT.md.
`,
  );
  create(
    join(storyDir, 'context.mdx'),
    `---
# ${section('title')}
title: "Context"
# ${section('order')}
order: 1
# ${section('period')}
# period: { from: "${today}", to: "${today}" }
---

Explain here what a reader needs to know to follow the story. Add more sections as
further .mdx files in this folder, each with its own title and order.
`,
  );
  const sourceFile = join(content, 'sources', `${sourceId}.yaml`);
  const stubbed = !existsSync(sourceFile);
  // The stub source names a publisher that exists: one made for this story, kept if it is there.
  const publisherId = `${slug}-publisher`.slice(0, 60).replace(/-+$/, '');
  const publisherFile = join(content, 'publishers', `${publisherId}.yaml`);
  const publisherStubbed = stubbed && !existsSync(publisherFile);
  if (publisherStubbed) {
    create(
      publisherFile,
      publisherYaml(
        [
          `A stub for the story "${title}", so that its stub source ${sourceId} passes npm run check.`,
          "Put in the real outlet's values, or name a real publisher in the source and delete this file.",
        ],
        {
          name: 'Publisher name',
          description: 'Replace with the line a reader needs to weigh this outlet',
          // ISO 3166 leaves "ZZ" unassigned; it is the usual code for an unknown country.
          country: 'ZZ',
        },
      ),
    );
  }
  if (stubbed) {
    // The stub passes the check so the draft can be previewed at once; its values are the
    // story's until the editor puts in the real source's (see the header it is written with).
    create(
      sourceFile,
      sourceYaml(
        sourceId,
        [
          `A stub for the story "${title}", so that its draft passes npm run check.`,
          "Put in the real source's values, or list real source ids in the story's `sources` and delete this file.",
        ],
        { publisher: publisherId, title, date: today, language: 'en' },
      ),
    );
  }
  const stubs = [
    ...(stubbed ? [`the stub source ${shown(sourceFile)}`] : []),
    ...(publisherStubbed ? [`the stub publisher ${shown(publisherFile)}`] : []),
  ];
  console.log(`Created ${shown(storyDir)}/ (index.mdx, context.mdx)${stubs.length > 0 ? ` and ${stubs.join(' and ')}` : ''}.
The story is a draft: npm run dev shows it, marked as a draft; the built site leaves it out.
Next:
  - write it in ${shown(join(storyDir, 'index.mdx'))} and context.mdx;
  - put the real source's values in ${shown(sourceFile)}, or list real sources in \`sources\`;${
    publisherStubbed
      ? `
  - put the real outlet's values in ${shown(publisherFile)}, or name a real publisher in the source;`
      : ''
  }
  - add the people it quotes: npm run new -- person "Full Name";
  - run npm run check, and set status: published when it is ready.`);
}

function newPerson(name: string, givenId: string | undefined) {
  if (!name) fail(`Give the person's name: npm run new -- person "Full Name"`);
  let id = givenId;
  if (id === undefined) {
    id = slugWords(name, ID_WORDS);
    if (!id) {
      fail(
        `Cannot make an id from "${name}": ids use the letters a-z and digits. ` +
          `Give one, as the name is written in Latin letters: npm run new -- person "${name}" --id first-last`,
      );
    }
  }
  id = requireId(id, 'yuri-ushakov');
  const file = join(contentDir(), 'people', `${id}.yaml`);
  if (existsSync(file)) {
    fail(
      `${shown(file)} already exists: edit that file, or if this is someone else, give them another id: ` +
        `npm run new -- person "${name}" --id ${id}-<something-that-tells-them-apart>`,
    );
  }
  const help = helpFrom('person.ts');
  const text = [
    '# yaml-language-server: $schema=../../schemas/person.schema.json',
    `# ${name}: statements name this person with by="${id}", the file's name.`,
    '# Fill in every value left "": npm run check reports each one until it is filled.',
    '# Optional fields are commented out: remove the "# " before one to use it.',
    '',
    `# ${help('name')}`,
    `name: ${yamlText(name)}`,
    `# ${help('shortName')}`,
    `# shortName: ${yamlText(name.trim().split(/\s+/).at(-1) ?? name)}`,
    `# ${help('spellings')}`,
    '# spellings: [""]',
    `# ${help('description')}`,
    'description: ""',
    `# ${help('roles')}`,
    'roles:',
    `  # ${help('title')}`,
    '  - title: ""',
    `    # ${help('from')}`,
    '    # from: ""',
    `    # ${help('to')}`,
    '    # to: ""',
    `# ${help('wikidata')}`,
    '# wikidata: ""',
    '',
  ].join('\n');
  create(file, text);
  console.log(`Created ${shown(file)} for ${name}.
Fill in, then run npm run check:
${valuesToFill(file, text, help).join('\n')}
Then quote them in a story with <Said by="${id}" …>.`);
}

function newSource(id: string) {
  if (!id) fail('Give the source an id, e.g. its publisher and date: npm run new -- source <id>, e.g. tass-2025-10-09');
  requireId(id, 'tass-2025-10-09');
  const file = requireFreeRecordId(id, 'source');
  // An id that ends in a day, as ids of sources usually do, says when it was published.
  const day = /(\d{4})-(\d{2})-(\d{2})$/.exec(id);
  const date = day && isRealDay(Number(day[1]), Number(day[2]), Number(day[3])) ? day[0] : '';
  const text = sourceYaml(
    id,
    [
      `Statements cite this source with source="${id}", the file's name.`,
      'Fill in every value left "": npm run check reports each one until it is filled.',
    ],
    { publisher: '', title: '', date, language: '' },
  );
  create(file, text);
  console.log(`Created ${shown(file)}${date ? `, dated ${date} from its id` : ''}.
Fill in, then run npm run check:
${valuesToFill(file, text, helpFrom('source.ts')).join('\n')}
The publisher is the id of a file in ${shown(join(contentDir(), 'publishers'))}/; add a new one with npm run new -- publisher <id>.
Add url and archiveUrl when it is online, and its words (excerpt, or ${id}.txt beside it) to check quotes against.`);
}

function newPublisher(id: string) {
  if (!id) fail('Give the publisher an id, e.g. its name in kebab-case: npm run new -- publisher <id>, e.g. tass');
  requireId(id, 'tass');
  const file = requireFreeRecordId(id, 'publisher');
  const text = publisherYaml(
    [
      `Sources name this outlet with publisher: ${id}, and statements cite it with source="<source-id> citing ${id}".`,
      'Fill in every value left "": npm run check reports each one until it is filled.',
    ],
    { name: '', description: '', country: '' },
  );
  create(file, text);
  console.log(`Created ${shown(file)}.
Fill in, then run npm run check:
${valuesToFill(file, text, helpFrom('publisher.ts')).join('\n')}
Then name it in a source (publisher: ${id}), or in a statement's chain (source="<source-id> citing ${id}").`);
}

/** The command line as options and words, or a message for the editor when it cannot be read. */
function readCommandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: { id: { type: 'string' } } });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const option = error instanceof Error ? /'(--?[\w-]+)/.exec(error.message)?.[1] : undefined;
    // parseArgs' own messages give advice for programmers; say it for an editor.
    const problem =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `${option ?? '--id'} needs a value after it, e.g. --id yuri-ushakov.`
        : `npm run new has no option "${option ?? String(error)}".`;
    fail(`${problem}\n\n${USAGE}`);
  }
}

const { positionals, values } = readCommandLine();
const [kind = '', ...rest] = positionals;
const words = rest.join(' ').trim();
if (values.id !== undefined && kind !== 'person') fail(`--id is for a person.\n\n${USAGE}`);
if (kind === 'person') newPerson(words, values.id);
else if (kind === 'source') newSource(words);
else if (kind === 'publisher') newPublisher(words);
else if (kind === 'story') newStory(words);
else newStory(positionals.join(' ').trim());
