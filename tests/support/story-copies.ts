/**
 * The valid fixture with three more stories made from its sample story, for tests of what a
 * change touches across stories: one answers a statement of the sample story, one has an
 * update that links to another story, and one stands alone.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALID_DIR } from './invalid-cases.ts';

/** Replaces `from` with `to` in a file, and fails if `from` is not there. */
export function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not hold ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

/** Copies a story folder under a new slug, then edits its index. */
export function copyStory(contentDir: string, from: string, to: string, edit: (text: string) => string): void {
  const folder = join(contentDir, 'explainers', to);
  cpSync(join(contentDir, 'explainers', from), folder, { recursive: true });
  const index = join(folder, 'index.mdx');
  writeFileSync(index, edit(readFileSync(index, 'utf8')));
}

const retitled = (title: string) => (text: string) =>
  text.replace('title: "Will the bridge reopen?"', `title: "${title}"`);

/** Writes the valid fixture and its three copies into `contentDir`. */
export function writeStoriesTogether(contentDir: string): void {
  cpSync(VALID_DIR, contentDir, { recursive: true });
  copyStory(contentDir, 'sample-story', 'bridge-follow-up', (text) =>
    retitled('The bridge, a week on')(text)
      .replace('published: "2024-05-03"\nasOf: "2024-05-03"', 'published: "2024-05-10"\nasOf: "2024-05-10"')
      .replace('id="every-bolt"', 'id="every-bolt-again" answers="sample-story#every-bolt" replyBasis="ours"'),
  );
  copyStory(contentDir, 'sample-story', 'bridge-repairs', (text) =>
    retitled('Who pays for the repairs?')(text)
      .replace(
        'tags: [transport]',
        'tags: [transport]\nupdates:\n  - date: "2024-05-11"\n    text: "The council met again."\n    story: bridge-follow-up',
      )
      .replace('id="every-bolt"', 'id="repairs-bolt"'),
  );
  copyStory(contentDir, 'sample-story', 'bridge-history', (text) =>
    retitled('A short history of the bridge')(text).replace('id="every-bolt"', 'id="history-bolt"'),
  );
}
