import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import { checkNodes } from './nodes.ts';

const ALLOWED = ['http', 'https', 'mailto'];

/** Links go to web pages, mail addresses or inside the site; never `javascript:` or `data:`. */
export const linkSchemes: Rule = (content) =>
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
  });
