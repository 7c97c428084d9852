import { visibleText } from '../../../../schemas/id-hints.ts';
import { problemAt } from '../../../content/problem.ts';
import { checkNodes } from './nodes.ts';
import { defineRule } from '../../rule.ts';

export const noCodeExpressions = defineRule({
  id: 'no-code-expressions',
  severity: 'error',
  docs: 'A story has no `{…}` expressions, which are code; a comment `{/* like this */}` is the one allowed.',
  fix: 'Write the text itself, or `\\{` for a literal brace.',
  example: '{1 + 1} is code, which a story may not contain  (write the text itself, or \\{ for a literal brace)',
  check: (content) =>
    checkNodes(content, (node, at) => {
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return [];
      if (node.data?.estree?.body.length === 0) return [];
      return [
        problemAt(
          at,
          `{${visibleText(node.value.trim().slice(0, 40))}} is code, which a story may not contain`,
          'write the text itself, or \\{ for a literal brace',
        ),
      ];
    }),
});
