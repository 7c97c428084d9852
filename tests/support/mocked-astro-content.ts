/**
 * `astro:content` for unit tests of the route modules, fed from a content folder through the
 * content check (as the build's loaders are), so a route module runs without Astro. Modelled on
 * Starlight's `mockedAstroContent`.
 *
 *   vi.mock('astro:content', () => mockedAstroContent(VALID_DIR));
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/index.ts';

interface MockEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
}

/** The collections of `src/content.config.ts`, as the loaders would fill them from `contentDir`. */
export function mockedCollections(contentDir: string): Map<string, MockEntry[]> {
  const { model } = checkContent(contentDir, { displayBase: contentDir });
  const entry = (collection: string, id: string, data: object, body?: string): MockEntry => ({
    id,
    collection,
    data: data as Record<string, unknown>,
    ...(body === undefined ? {} : { body }),
  });
  const records = <T extends { id: string }>(collection: string, map: ReadonlyMap<string, T>) =>
    [...map.values()].map(({ id, ...data }) => {
      const { text: _text, ...rest } = data as Record<string, unknown>;
      return entry(collection, id, rest);
    });
  const read = (file: string) => readFileSync(join(contentDir, file), 'utf8');
  return new Map([
    [
      'stories',
      model.stories.map(
        ({ slug, file, sections: _sections, statements: _statements, accounts: _accounts, cites: _cites, ...data }) =>
          entry('stories', slug, data, safeRead(read, `${file}/index.mdx`)),
      ),
    ],
    [
      'sections',
      model.stories.flatMap((story) =>
        story.sections.map(({ slug, file, ...data }) =>
          entry('sections', `${story.slug}/${slug}`, data, safeRead(read, file)),
        ),
      ),
    ],
    ['people', records('people', model.people)],
    ['sources', records('sources', model.sources)],
    ['publishers', records('publishers', model.publishers)],
    [
      'sourceTexts',
      [...model.sources.values()].flatMap((source) =>
        source.text?.file ? [entry('sourceTexts', source.id, { characters: source.text.file.length })] : [],
      ),
    ],
    [
      'statements',
      model.stories.flatMap((story) =>
        story.statements.map((statement) => entry('statements', `${story.slug}/${statement.id}`, statement)),
      ),
    ],
    [
      'accounts',
      model.stories.flatMap((story) =>
        story.accounts.map((account, position) =>
          entry('accounts', `${story.slug}/${String(position)}`, { ...account, story: story.slug }),
        ),
      ),
    ],
    [
      'cites',
      model.stories.flatMap((story) =>
        story.cites.map((cite) => entry('cites', `${story.slug}/${cite.key}`, { ...cite, story: story.slug })),
      ),
    ],
  ]);
}

function safeRead(read: (file: string) => string, file: string): string {
  try {
    return read(file);
  } catch {
    return '';
  }
}

/** The module `astro:content` as the route modules use it. */
export function mockedAstroContent(contentDir: string) {
  const collections = mockedCollections(contentDir);
  const all = (name: string) => collections.get(name) ?? [];
  return {
    getCollection: (name: string, filter?: (entry: MockEntry) => unknown) =>
      Promise.resolve(filter ? all(name).filter((item) => Boolean(filter(item))) : [...all(name)]),
    getEntry: (name: string, id: string) => Promise.resolve(all(name).find((item) => item.id === id)),
    render: () => Promise.resolve({ Content: () => '', headings: [] }),
  };
}
