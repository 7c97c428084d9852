import { STATEMENT_COMPONENT } from '../../../content/said-markup.ts';
import { problemAt } from '../../../content/problem.ts';
import { checkNodes } from './nodes.ts';
import { defineRule } from '../../rule.ts';

export const noImportExport = defineRule({
  id: 'no-import-export',
  severity: 'error',
  docs: 'A story has no `import` or `export` lines, which would run code when the site is built.',
  fix: 'Remove the line: `<Said>` needs no import.',
  example: 'import and export are not allowed in a story  (remove the line; <Said> needs no import)',
  check: (content) =>
    checkNodes(content, (node, at) =>
      node.type === 'mdxjsEsm'
        ? [
            problemAt(
              at,
              'import and export are not allowed in a story',
              `remove the line; <${STATEMENT_COMPONENT}> needs no import`,
            ),
          ]
        : [],
    ),
});
