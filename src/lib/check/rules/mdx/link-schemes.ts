import { problemAt } from '../../../content/problem.ts';
import { checkNodes } from './nodes.ts';
import { defineRule } from '../../rule.ts';

const ALLOWED = ['http', 'https', 'mailto'];

export const linkSchemes = defineRule({
  id: 'link-schemes',
  severity: 'error',
  docs: 'Links lead to web pages, mail addresses or inside the site: never to `javascript:` or `data:` addresses.',
  fix: 'Start the link with `https://`, `http://` or `mailto:`, or link to another story as `../story-slug/`.',
  example:
    'the link "javascript:alert(1)" is not a web address  (links must start with https://, http:// or mailto:, or point inside the site)',
  check: (content) =>
    checkNodes(content, (node, at) => {
      if (node.type !== 'link' && node.type !== 'definition') return [];
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.trim())?.[1]?.toLowerCase();
      if (!scheme || ALLOWED.includes(scheme)) return [];
      return [
        problemAt(
          at,
          `the link "${node.url.slice(0, 40)}" is not a web address`,
          'links must start with https://, http:// or mailto:, or point inside the site',
        ),
      ];
    }),
});
