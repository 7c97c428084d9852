/**
 * `npm run new -- "Title"`: a story as a draft that passes `npm run check` at once, so that it
 * can be previewed while it is written: its index and a first section, with a stub source (and
 * a stub publisher for it) when there are none to use.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../../src/lib/content/content-dir.ts';
import { slugWords } from '../../../src/lib/content/said-markup.ts';
import { isReservedStorySlug } from '../../../src/lib/paths.ts';
import { helpFrom } from './field-help.ts';
import { publisherYaml } from './publisher.ts';
import { create, fail, ID_WORDS, shown, today, yamlText } from './scaffold.ts';
import { sourceYaml } from './source.ts';

/** The story's index.mdx: its front matter explained field by field, and how to write a statement. */
function indexMdx(title: string, sourceId: string): string {
  const story = helpFrom('story.ts');
  return `---
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
# ${story('series')}
# series: { title: "Name of the series", part: 1 }
# ${story('facts')}
# The outcome's passage is checked against the source's stored text, as a <Cite>'s is.
# facts: { who: [person-id], where: "Place", when: "${today}", outcome: { text: "What came of it.", source: ${sourceId}, passage: "The source's words." } }
# ${story('tags')}
tags: []
# ${story('keyQuote')}
# keyQuote: the-id-of-a-direct-quote
# ${story('acknowledge')}
# acknowledge: { time-sensitive: "Why the warning stands." }
---

Write the story here in Markdown. Put every statement inside the statement component, e.g.
a direct quote, with the exact words:

{/* <Said by="person-id" mode="direct" source="${sourceId}" date="${today}">The exact words.</Said> */}

Delete this paragraph and the example above when you write the story. See CONTENT.md.
`;
}

/** The story's first section, context.mdx. */
function contextMdx(): string {
  const section = helpFrom('section.ts');
  return `---
# ${section('title')}
title: "Context"
# ${section('order')}
order: 1
# ${section('period')}
# period: { from: "${today}", to: "${today}" }
# ${section('acknowledge')}
# acknowledge: { loaded-verbs: "Why the warning stands." }
---

Explain here what a reader needs to know to follow the story. Add more sections as
further .mdx files in this folder, each with its own title and order.
`;
}

/** The records a draft's stub source needs, each made only when it is not there yet. */
interface Stubs {
  sourceFile: string;
  /** Whether the stub source was made. */
  stubbed: boolean;
  publisherFile: string;
  /** Whether the stub publisher was made. */
  publisherStubbed: boolean;
}

/**
 * The stub source of a new story, and a stub publisher for it: the stub passes the check so the
 * draft can be previewed at once; its values are the story's until the editor puts in the real
 * source's (see the header it is written with).
 */
function createStubs(content: string, slug: string, title: string, sourceId: string): Stubs {
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
  return { sourceFile, stubbed, publisherFile, publisherStubbed };
}

/** Scaffolds `explainers/<slug>/` for a story titled `title`, as a draft. */
export function newStory(title: string) {
  const slug = slugWords(title, ID_WORDS);
  if (!slug) fail(`Cannot make a folder name from "${title}": use a title with Latin letters or digits.`);
  if (isReservedStorySlug(slug)) {
    fail(`"${slug}" is a name the site keeps for itself, so a story cannot live at /${slug}/: choose another title.`);
  }
  const content = contentDir();
  const storyDir = join(content, 'explainers', slug);
  if (existsSync(storyDir)) fail(`${shown(storyDir)} already exists: choose another title or edit that story.`);
  const sourceId = `${slug}-source`.slice(0, 60).replace(/-+$/, '');

  create(join(storyDir, 'index.mdx'), indexMdx(title, sourceId));
  create(join(storyDir, 'context.mdx'), contextMdx());
  const { sourceFile, stubbed, publisherFile, publisherStubbed } = createStubs(content, slug, title, sourceId);
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
