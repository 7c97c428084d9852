import { walk } from '../../../content/mdx.ts';
import { unknownIdHint } from '../../problems.ts';
import { problemAt } from '../../../content/problem.ts';
import { writtenIdHint, storyMdxFiles } from '../../content.ts';
import type { Problem } from '../../../content/problem.ts';
import { defineRule } from '../../rule.ts';

/** A link to another story: `../<slug>/`, optionally with `#<statement-id>`. */
const STORY_LINK = /^\.\.\/([^/#?]+)\/?(?:#(.*))?$/;

/**
 * Links between stories are relative (`../alaska-summit-2025/`), so they work under any base
 * path; each must reach a story that exists and, with an anchor, a statement whose id was written.
 */
export const storyLinks = defineRule({
  id: 'story-links',
  severity: 'error',
  docs: 'Links between stories are relative (`../story-slug/`), and reach a story that exists and, with `#anchor`, one of its sections or a statement whose id is written.',
  fix: 'Link as `../story-slug/` or `../story-slug/#statement-id` to a story and a statement that exist, and write the id on the `<Said>` linked to.',
  example:
    'the link "../sample-stories/" goes to no story  (did you mean "sample-story"? story ids that exist: sample-story)',
  check: ({ stories }) =>
    stories.flatMap((story) =>
      storyMdxFiles(story).flatMap((mdx) => {
        const problems: Problem[] = [];
        walk(mdx.tree, (node) => {
          if (node.type !== 'link' && node.type !== 'definition') return;
          const at = { file: mdx.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
          if (node.url.startsWith('/')) {
            problems.push(
              problemAt(
                at,
                `the link "${node.url}" starts at the site's root, which breaks when the site is deployed under a sub-path`,
                'link to another story as ../story-slug/',
              ),
            );
            return;
          }
          const match = STORY_LINK.exec(node.url);
          if (!match) return;
          const [, slug = '', anchor] = match;
          const target = stories.find((candidate) => candidate.slug === slug && candidate.hasIndex);
          if (!target) {
            problems.push(
              problemAt(
                at,
                `the link "${node.url}" goes to no story`,
                unknownIdHint(
                  slug,
                  stories.filter((candidate) => candidate.hasIndex).map((candidate) => candidate.slug),
                  'story',
                ),
              ),
            );
            return;
          }
          if (!anchor) return;
          if (target.unparsedIds.has(anchor)) return;
          const statement = target.statements.find((candidate) => candidate.id === anchor);
          const section = target.sections.find((candidate) => candidate.slug === anchor);
          if (section) return;
          if (!statement) {
            problems.push(
              problemAt(
                at,
                `the link "${node.url}" goes to no statement or section of "${slug}"`,
                writtenIdHint(target, anchor),
              ),
            );
          } else if (!statement.idWritten) {
            problems.push(
              problemAt(
                statement,
                `this statement is linked to (${mdx.file}:${at.line}) but has no written id`,
                `add id="${statement.id}" to the <Said>: an id made from the words changes when the words are corrected`,
              ),
            );
          }
        });
        return problems;
      }),
    ),
});
