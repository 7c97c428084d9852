import { STATEMENT_COMPONENT } from '../../../content/said-markup.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import { checkNodes } from './nodes.ts';

/** `import` and `export` would run code at build time. */
export const noImportExport: Rule = (content) =>
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
  );
