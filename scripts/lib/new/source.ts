/**
 * `npm run new -- source <id>`: a source record, its required values left empty for the editor
 * to fill in, every optional field commented out under its help.
 */
import { join } from 'node:path';
import { contentDir } from '../../../src/lib/content/content-dir.ts';
import { isRealDay } from '../../../src/schemas/common.ts';
import { helpFrom, valuesToFill } from './field-help.ts';
import { create, fail, requireFreeRecordId, requireId, shown, yamlText } from './scaffold.ts';

/** The text written for each required field of a source record. */
export type SourceValues = Record<'publisher' | 'title' | 'date' | 'language', string>;

/** A source record: the given values, every optional field commented out under its help. */
export function sourceYaml(id: string, header: string[], values: SourceValues): string {
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
    `# ${help('original')}`,
    '# original: true',
    `# ${help('republishes')}`,
    '# republishes: ""',
    `# ${help('acknowledge')}`,
    '# acknowledge: { archive-urls: "Why the warning stands." }',
    '',
  ].join('\n');
}

/** Scaffolds `sources/<id>.yaml`, dated from the id when it ends in a day. */
export function newSource(id: string) {
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
