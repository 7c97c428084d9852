import { codePointLabel } from '../../../../schemas/id-hints.ts';
import { problemAt } from '../../../content/problem.ts';
import { checkNodes } from './nodes.ts';
import { defineRule } from '../../rule.ts';

const ALLOWED = ['http', 'https', 'mailto'];

/**
 * Characters a browser drops from an address before it reads the scheme (tabs and line breaks
 * anywhere, controls and spaces at the ends), and the other controls, spaces and invisible
 * characters, which no real link holds: all are left out before the scheme is compared, so that
 * `java<tab>script:` is read as the `javascript:` a browser would run.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}]/gu;

/** The address with every hidden character written out, e.g. `java<U+0009>script:`. */
function visibleUrl(url: string): string {
  return url.replace(/(?! )[\p{Cc}\p{Cf}\p{Z}]/gu, (character) => `<${codePointLabel(character.codePointAt(0) ?? 0)}>`);
}

export const linkSchemes = defineRule({
  id: 'link-schemes',
  severity: 'error',
  docs: 'Links lead to web pages, mail addresses or inside the site: never to `javascript:` or `data:` addresses, even with a tab or another hidden character inside the scheme (`java<U+0009>script:`), which a browser would drop.',
  fix: 'Start the link with `https://`, `http://` or `mailto:`, or link to another story as `../story-slug/`.',
  example:
    'the link "javascript:alert(1)" is not a web address  (links must start with https://, http:// or mailto:, or point inside the site)',
  check: (content) =>
    checkNodes(content, (node, at) => {
      if (node.type !== 'link' && node.type !== 'definition') return [];
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.replace(HIDDEN, ''))?.[1]?.toLowerCase();
      if (!scheme || ALLOWED.includes(scheme)) return [];
      return [
        problemAt(
          at,
          `the link "${visibleUrl(node.url.slice(0, 40))}" is not a web address`,
          'links must start with https://, http:// or mailto:, or point inside the site',
        ),
      ];
    }),
});
