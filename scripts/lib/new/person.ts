/**
 * `npm run new -- person "Full Name"`: a person whom statements name by id, the id made from
 * the name unless given, the values only the editor knows left empty.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../../src/lib/content/content-dir.ts';
import { slugWords } from '../../../src/lib/content/said-markup.ts';
import { helpFrom, valuesToFill } from './field-help.ts';
import { create, fail, ID_WORDS, requireId, shown, yamlText } from './scaffold.ts';

/** Scaffolds `people/<id>.yaml` for `name`, the id given or made from the name. */
export function newPerson(name: string, givenId: string | undefined) {
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
