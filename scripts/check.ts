/**
 * `npm run check`: validates all content without building the site, prints every problem
 * as `file:line:col  message  (hint)` and exits non-zero when any is an error.
 * Usage: node scripts/check.ts [content-folder]
 */
import { resolve } from 'node:path';
import { checkContent, formatReport, hasErrors } from '../src/lib/check/index.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
const { problems, model } = checkContent(contentDir);
const statements = model.stories.reduce((total, story) => total + story.statements.length, 0);
if (problems.length > 0) console.error(formatReport(problems));
if (hasErrors(problems)) process.exit(1);
console.log(
  `Content is valid: ${model.stories.length} stories, ${statements} statements, ${model.people.size} people, ${model.sources.size} sources.`,
);
