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
import { parseArgs } from 'node:util';
import { newPerson } from './lib/new/person.ts';
import { newPublisher } from './lib/new/publisher.ts';
import { fail } from './lib/new/scaffold.ts';
import { newSource } from './lib/new/source.ts';
import { newStory } from './lib/new/story.ts';

const USAGE = `Make a new story, person, source or publisher:
  npm run new -- "Title of the story"        a story, as a draft (or: npm run new -- story "Title")
  npm run new -- person "Full Name"          a person; add --id <id> to choose the id yourself
  npm run new -- source <id>                 a source, e.g. npm run new -- source tass-2025-10-09
  npm run new -- publisher <id>              an outlet, e.g. npm run new -- publisher tass
  npm run new -- --help                      print this help`;

/** The command line as options and words, or a message for the editor when it cannot be read. */
function readCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
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
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [kind = '', ...rest] = positionals;
const words = rest.join(' ').trim();
if (values.id !== undefined && kind !== 'person') fail(`--id is for a person.\n\n${USAGE}`);
if (kind === 'person') newPerson(words, values.id);
else if (kind === 'source') newSource(words);
else if (kind === 'publisher') newPublisher(words);
else {
  // Anything else is a story's title, after the word "story" or on its own.
  const title = kind === 'story' ? words : positionals.join(' ').trim();
  if (!title) fail(USAGE);
  newStory(title);
}
