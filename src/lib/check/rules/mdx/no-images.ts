import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';
import { checkNodes } from './nodes.ts';

/**
 * Stories carry no pictures: the engine has no way yet to check that an image exists, has
 * alt text and its rights cleared, so an image is refused here instead of failing the build.
 */
export const noImages: Rule = (content) =>
  checkNodes(content, (node, at) =>
    node.type === 'image' || node.type === 'imageReference'
      ? [
          problemAt(
            at,
            'a story cannot show images',
            'remove the image; describe what it shows in words, or link to it with [what it shows](https://…)',
          ),
        ]
      : [],
  );
