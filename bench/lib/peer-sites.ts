/**
 * The peers the engine is measured against, written from the same MDX with statements as
 * plain words: a stock Astro site (its config holds `mdx()` and nothing else, with Astro's
 * default Markdown processing; one page per story, the article then its sections), and a stock
 * Starlight site holding one story as one page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { plainMdx } from './plain-mdx.ts';

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const STOCK_CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`;

const STOCK_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = './src/content/explainers';

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*/index.mdx', base, generateId: ({ entry }) => entry.split('/')[0] }),
  }),
  sections: defineCollection({
    loader: glob({ pattern: ['*/*.mdx', '!*/index.mdx'], base, generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }),
  }),
};
`;

const STOCK_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const stories = await getCollection('stories');
  const sections = await getCollection('sections');
  return stories.map((story) => ({
    params: { slug: story.id },
    props: {
      story,
      sections: sections
        .filter((section) => section.id.startsWith(story.id + '/'))
        .sort((a, b) => a.data.order - b.data.order),
    },
  }));
}

const { story, sections } = Astro.props;
const { Content } = await render(story);
const parts = await Promise.all(sections.map(async (section) => ({ title: section.data.title, ...(await render(section)) })));
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{story.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{story.data.title}</h1>
      <p>{story.data.summary}</p>
      <Content />
      {
        parts.map(({ title, Content: Section }) => (
          <section>
            <h2>{title}</h2>
            <Section />
          </section>
        ))
      }
    </main>
  </body>
</html>
`;

/** The MDX files of a content folder's stories, as `[slug, file name, path]`. */
function storyFiles(contentDir: string): [string, string, string][] {
  const explainers = join(contentDir, 'explainers');
  return readdirSync(explainers).flatMap((slug) =>
    readdirSync(join(explainers, slug))
      .filter((name) => name.endsWith('.mdx'))
      .map((name): [string, string, string] => [slug, name, join(explainers, slug, name)]),
  );
}

/** Writes the stock Astro site for a content folder into `root`; it builds into `root/dist`. */
export function writeStockSite(root: string, contentDir: string): void {
  write(join(root, 'astro.config.mjs'), STOCK_CONFIG);
  write(join(root, 'src', 'content.config.mjs'), STOCK_COLLECTIONS);
  write(join(root, 'src', 'pages', '[slug].astro'), STOCK_PAGE);
  syncStockStories(root, contentDir);
}

/**
 * Makes the stock site's stories those of the content folder: writes each story file whose
 * plain MDX differs and deletes those no longer there. Returns how many files it changed.
 */
export function syncStockStories(root: string, contentDir: string): number {
  const stories = join(root, 'src', 'content', 'explainers');
  const wanted = new Map(
    storyFiles(contentDir).map(([slug, name, path]) => [
      join(stories, slug, name),
      plainMdx(path, readFileSync(path, 'utf8')).text,
    ]),
  );
  let changed = 0;
  for (const [slug, , path] of existsSync(stories) ? storyFiles(join(root, 'src', 'content')) : []) {
    if (wanted.has(path)) continue;
    rmSync(path);
    if (readdirSync(join(stories, slug)).length === 0) rmSync(join(stories, slug), { recursive: true });
    changed += 1;
  }
  for (const [path, text] of wanted) {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    write(path, text);
    changed += 1;
  }
  return changed;
}

const STARLIGHT_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [starlight({ title: 'Explainers' })] });
`;

const STARLIGHT_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes a stock Starlight site whose one page is a story: its article, then each section
 * under its title as a heading, as the story's own page shows them. It builds into `root/dist`.
 */
export function writeStarlightSite(root: string, storyDir: string): void {
  write(join(root, 'astro.config.mjs'), STARLIGHT_CONFIG);
  write(join(root, 'src', 'content.config.mjs'), STARLIGHT_COLLECTIONS);
  const slug = basename(storyDir);
  const read = (name: string) => plainMdx(join(storyDir, name), readFileSync(join(storyDir, name), 'utf8'));
  const story = read('index.mdx');
  const sections = readdirSync(storyDir)
    .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
    .map(read)
    .sort((a, b) => Number(a.frontmatter['order']) - Number(b.frontmatter['order']));
  const frontmatter = stringify({ title: story.frontmatter['title'], description: story.frontmatter['summary'] });
  const body = [
    story.body.trim(),
    ...sections.map((section) => `## ${String(section.frontmatter['title'])}\n\n${section.body.trim()}`),
  ].join('\n\n');
  write(join(root, 'src', 'content', 'docs', `${slug}.mdx`), `---\n${frontmatter}---\n\n${body}\n`);
}
