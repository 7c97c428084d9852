/**
 * `npm run new -- publisher <id>`: an outlet that publishes or is cited, its required values
 * left empty for the editor to fill in.
 */
import { helpFrom, valuesToFill } from './field-help.ts';
import { create, fail, requireFreeRecordId, requireId, shown, yamlText } from './scaffold.ts';

/** The text written for each required field of a publisher record. */
export type PublisherValues = Record<'name' | 'description' | 'country', string>;

/** A publisher record: the given values, its optional field commented out under its help. */
export function publisherYaml(header: string[], values: PublisherValues): string {
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

/** Scaffolds `publishers/<id>.yaml`. */
export function newPublisher(id: string) {
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
