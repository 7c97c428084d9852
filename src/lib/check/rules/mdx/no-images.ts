import { problemAt } from '../../../content/problem.ts';
import { checkNodes } from './nodes.ts';
import { defineRule } from '../../rule.ts';

/**
 * Stories carry no pictures: the engine has no way yet to check that an image exists, has
 * alt text and its rights cleared, so an image is refused here instead of failing the build.
 */
export const noImages = defineRule({
  id: 'no-images',
  severity: 'error',
  docs: 'A story shows no images: the engine cannot yet check that an image exists, has alt text and may be used.',
  fix: 'Describe what the picture shows in words, or link to it.',
  example:
    'a story cannot show images  (remove the image; describe what it shows in words, or link to it with [what it shows](https://…))',
  check: (content) =>
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
    ),
});
