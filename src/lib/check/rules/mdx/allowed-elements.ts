import { isJsxElement } from '../../../content/mdx.ts';
import { IN_SHORT_COMPONENT, STATEMENT_COMPONENT, STORY_COMPONENTS } from '../../../content/said-markup.ts';
import { problemAt } from '../../../content/problem.ts';
import { checkNodes } from './nodes.ts';
import { defineRule } from '../../rule.ts';

const RAW = ['script', 'iframe', 'style', 'object', 'embed'];

export const allowedElements = defineRule({
  id: 'allowed-elements',
  severity: 'error',
  docs: "A story uses only the engine's components (`<Said>`, `<Version>`, `<SourcesDiffer>`, `<Account>`, `<Cite>`, `<InShort>`): no HTML, and no attribute that runs code such as `onclick` or `set:html`.",
  fix: 'Use Markdown for formatting and `<Said>` for statements; remove attributes that run code.',
  example: '<Chart> is not a component of this engine  (use Markdown for formatting, and <Said> for statements)',
  check: (content) =>
    checkNodes(content, (node, at) => {
      if (!isJsxElement(node)) return [];
      const problems = [];
      const name = node.name ?? '<>';
      if (!STORY_COMPONENTS.includes(name) && name !== IN_SHORT_COMPONENT) {
        const raw = RAW.includes(name.toLowerCase());
        const image = name.toLowerCase() === 'img' || name === 'Image';
        problems.push(
          problemAt(
            at,
            raw
              ? `<${name}> is not allowed: a story may not run code or embed pages`
              : image
                ? `<${name}> is not allowed: a story cannot show images`
                : `<${name}> is not a component of this engine`,
            `use Markdown for formatting, and <${STATEMENT_COMPONENT}> for statements`,
          ),
        );
      }
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        if (/^on/i.test(attribute.name) || attribute.name === 'set:html') {
          problems.push(
            problemAt(at, `the attribute ${attribute.name} is not allowed: a story may not run code`, 'remove it'),
          );
        }
      }
      return problems;
    }),
});
