/**
 * `npm run new -- "Title of the story"`: scaffolds a story that passes `npm run check` at once:
 * content/explainers/<slug>/index.mdx with every field explained, one background section,
 * and a stub record for its main source.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { slugWords } from '../src/lib/statements.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the story a title: npm run new -- "Title of the story"');
  process.exit(1);
}
const slug = slugWords(title, 8);
if (!slug) {
  console.error(`Cannot make a folder name from "${title}": use a title with Latin letters or digits.`);
  process.exit(1);
}
const content = contentDir();
const storyDir = join(content, 'explainers', slug);
if (existsSync(storyDir)) {
  console.error(`${relative(process.cwd(), storyDir)} already exists: choose another title or edit that story.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const sourceId = `${slug}-source`.slice(0, 60).replace(/-+$/, '');
const quoted = JSON.stringify(title);

mkdirSync(storyDir, { recursive: true });
writeFileSync(
  join(storyDir, 'index.mdx'),
  `---
# The headline, as readers see it.
title: ${quoted}
# The standfirst: one or two sentences saying what the story is about.
summary: "Replace this with one or two sentences that sum up the story."
# Day the explainer was first published (YYYY-MM-DD).
published: "${today}"
# Day up to which the facts are current (YYYY-MM-DD).
asOf: "${today}"
# "published" shows the story on the site; "draft" keeps it off.
status: published
# Ids of the report(s) the story is built on: files in content/sources/ without .yaml.
sources: [${sourceId}]
# Topics in kebab-case.
tags: []
---

Write the story here in Markdown. Put every statement inside the statement component, e.g.
a direct quote, with the exact words:

{/* <Said by="person-id" mode="direct" source="${sourceId}" date="${today}">The exact words.</Said> */}

Delete this paragraph and the example above when you write the story. See CONTENT.md.
`,
);
writeFileSync(
  join(storyDir, 'context.mdx'),
  `---
# The heading of this background section.
title: "Context"
# Position among the story's sections, from 1.
order: 1
---

Explain here what a reader needs to know to follow the story. Add more sections as
further .mdx files in this folder, each with its own title and order.
`,
);
const sourceFile = join(content, 'sources', `${sourceId}.yaml`);
if (!existsSync(sourceFile)) {
  mkdirSync(join(content, 'sources'), { recursive: true });
  writeFileSync(
    sourceFile,
    `# yaml-language-server: $schema=../../schemas/source.schema.json
# The main source of "${title}". Fill in what it is; add url and archiveUrl when it is online.
publisher: "Publisher name"
title: ${quoted}
date: "${today}"
language: en
`,
  );
}
console.log(`Created ${relative(process.cwd(), storyDir)}/ (index.mdx, context.mdx) and ${relative(process.cwd(), sourceFile)}.
Next: write the story, then run npm run check.`);
