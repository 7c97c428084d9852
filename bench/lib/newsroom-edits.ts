/**
 * The edits a newsroom makes, in the order it might make them, written for the synthetic
 * content: prose, a quote with its source, a person, a publisher, stories added, deleted and
 * renamed, a correction, then the engine's code, its configuration and the base path. Each
 * edit changes the content, the engine copy or the build's settings in place, and says whether
 * it reaches the stock site, which holds only the stories' MDX.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syncStockStories } from './peer-sites.ts';
import { EDIT, writeExtraStory, type SyntheticContent } from './synthetic-content.ts';

/** What the edits work on. */
export interface Newsroom {
  content: SyntheticContent;
  /** The engine copy our site is built from. */
  engineRoot: string;
  stockRoot: string;
  /** Settings our builds take from the environment (BASE_PATH), changed by an edit. */
  settings: Record<string, string>;
}

export interface NewsroomEdit {
  /** A short name, for logs. */
  id: string;
  /** What was changed, as the report says it. */
  name: string;
  /** Makes the edit; returns whether it changed the stock site's MDX. */
  apply(newsroom: Newsroom): boolean;
}

/** The engine's statement component, which every story page renders, and a rule added to its styles. */
const COMPONENT = join('src', 'components', 'mdx', 'Said.astro');
const STYLE_TWEAK = '  @layer components {\n    .prose .said {\n      scroll-margin-block-start: 1em;\n    }\n  }\n';

/** Replaces `from` with `to` in a file, and fails if `from` is not there. */
export function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not hold ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

/** The first direct quote of a story's article: its speaker, source, id and words. */
export function firstQuote(index: string): { by: string; source: string; id: string; words: string } {
  const match = /<Said by="([^"]+)" mode="direct" source="([^"]+)"[^>]*? id="([^"]+)">([^<]+)<\/Said>/.exec(index);
  const [, by, source, id, words] = match ?? [];
  if (!by || !source || !id || !words) throw new Error('the story has no direct quote to change');
  return { by, source, id, words };
}

const storyDir = (content: SyntheticContent, slug: string | undefined) => join(content.dir, 'explainers', slug ?? '');
/** The first story: it holds the changed word, and its first quote, speaker and publisher are the ones changed. */
const firstIndex = (content: SyntheticContent) => join(storyDir(content, content.stories[0]), 'index.mdx');
const quoteOf = (content: SyntheticContent) => firstQuote(readFileSync(firstIndex(content), 'utf8'));

/**
 * An edit. The stock site follows the stories' MDX: an edit of the content reaches it when it
 * changes the MDX; one of data files, the engine or its settings never does.
 */
function edit(
  id: string,
  name: string,
  reaches: 'mdx' | 'ours only',
  change: (newsroom: Newsroom) => void,
): NewsroomEdit {
  return {
    id,
    name,
    apply: (newsroom) => {
      change(newsroom);
      return reaches === 'mdx' && syncStockStories(newsroom.stockRoot, newsroom.content.dir) > 0;
    },
  };
}

export const NEWSROOM_EDITS: readonly NewsroomEdit[] = [
  edit('unchanged', 'nothing changed', 'ours only', () => undefined),
  edit('one-word', 'one word of prose', 'mdx', ({ content }) => {
    replaceIn(content.editable, EDIT.from, EDIT.to);
  }),
  edit('quote', 'a quote and its source text', 'mdx', ({ content }) => {
    const { source, words } = quoteOf(content);
    const changed = `${words.replace(/\.$/, '')} this year.`;
    replaceIn(firstIndex(content), `>${words}</Said>`, `>${changed}</Said>`);
    replaceIn(join(content.dir, 'sources', `${source}.yaml`), `"${words}"`, `"${changed}"`);
  }),
  edit('person', 'a person’s name and a role’s dates', 'ours only', ({ content }) => {
    const file = join(content.dir, 'people', `${quoteOf(content).by}.yaml`);
    const text = readFileSync(file, 'utf8');
    const name = /^name: (.+)$/m.exec(text)?.[1] ?? '';
    const from = /from: "(\d{4})"/.exec(text)?.[1] ?? '';
    replaceIn(file, `name: ${name}\n`, `name: ${name}-Lund\n`);
    replaceIn(file, `from: "${from}"`, `from: "${String(Number(from) - 1)}"`);
  }),
  edit('publisher', 'a publisher’s description', 'ours only', ({ content }) => {
    const source = readFileSync(join(content.dir, 'sources', `${quoteOf(content).source}.yaml`), 'utf8');
    const publisher = /^publisher: (\S+)$/m.exec(source)?.[1] ?? '';
    replaceIn(join(content.dir, 'publishers', `${publisher}.yaml`), 'Local news outlet', 'Local weekly news outlet');
  }),
  edit('new-story', 'a new story', 'mdx', ({ content }) => {
    const count = content.stories.length;
    content.stories.push(writeExtraStory(content.dir, count + 1, count));
  }),
  edit('deleted-story', 'a deleted story', 'mdx', ({ content }) => {
    const [slug] = content.stories.splice(1, 1);
    rmSync(storyDir(content, slug), { recursive: true });
  }),
  edit('renamed-story', 'a renamed story folder', 'mdx', ({ content }) => {
    const slug = content.stories[1];
    renameSync(storyDir(content, slug), storyDir(content, `${slug ?? ''}-renamed`));
    content.stories[1] = `${slug ?? ''}-renamed`;
  }),
  edit('correction', 'a new correction', 'mdx', ({ content }) => {
    const index = firstIndex(content);
    const published = /^published: "([\d-]+)"$/m.exec(readFileSync(index, 'utf8'))?.[1] ?? '';
    const correction = [
      'corrections:',
      `  - date: "${published}"`,
      '    wrong: "That the board met on the Monday."',
      '    right: "The board met on the Tuesday."',
      `    statements: [${quoteOf(content).id}]`,
    ].join('\n');
    replaceIn(index, 'tags: [harbour, budget]\n', `tags: [harbour, budget]\n${correction}\n`);
  }),
  edit('component', 'a component’s style (a rule added)', 'ours only', ({ engineRoot }) => {
    const file = join(engineRoot, COMPONENT);
    const text = readFileSync(file, 'utf8');
    const end = text.lastIndexOf('</style>');
    writeFileSync(
      file,
      end < 0 ? `${text}\n<style>\n${STYLE_TWEAK}</style>\n` : `${text.slice(0, end)}${STYLE_TWEAK}${text.slice(end)}`,
    );
  }),
  edit('config', 'astro.config.mjs (a comment added)', 'ours only', ({ engineRoot }) => {
    const file = join(engineRoot, 'astro.config.mjs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// The site of the newsroom.\n`);
  }),
  edit('base-path', 'BASE_PATH set to /news/explainers/', 'ours only', ({ settings }) => {
    settings['BASE_PATH'] = '/news/explainers/';
  }),
];

/** The engine files the edits change, to be put back once the rebuilds are measured. */
export const EDITED_ENGINE_FILES = [COMPONENT, 'astro.config.mjs'];
