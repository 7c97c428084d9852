import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt } from '../../../content/problem.ts';
import { type Rule } from '../../content.ts';

/** A source's `publisher` names a publisher file. */
export const unknownPublishers: Rule = ({ sources, publishers }) =>
  [...sources.values()].flatMap((source) => {
    const publisher = source.data?.publisher;
    if (!publisher || publishers.has(publisher)) return [];
    return [
      problemAt(
        { file: source.file, ...locate(source.place, ['publisher']) },
        `unknown publisher "${publisher}"`,
        `${unknownIdHint(publisher, [...publishers.keys()], 'publisher')}; add content/publishers/${publisher}.yaml if it is new`,
      ),
    ];
  });
