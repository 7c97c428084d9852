import { visibleText } from '../../../../schemas/id-hints.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import { checkNodes } from './nodes.ts';

/** `{…}` is JavaScript; a comment `{/* like this *\/}` is the one expression a story may hold. */
export const noCodeExpressions: Rule = (content) =>
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
  });
