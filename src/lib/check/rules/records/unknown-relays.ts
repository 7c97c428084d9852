import { unknownIdHint } from '../../problems.ts';
import { locate } from '../../yaml-issues.ts';
import { problemAt, type Rule } from '../../content.ts';

/** A source's `relays` names another source that exists. */
export const unknownRelays: Rule = ({ sources }) =>
  [...sources.values()].flatMap((source) => {
    const relays = source.data?.relays;
    if (!relays || sources.has(relays)) return [];
    return [
      problemAt(
        { file: source.file, ...locate(source.place, ['relays']) },
        `unknown source "${relays}" in relays`,
        unknownIdHint(relays, [...sources.keys()], 'source'),
      ),
    ];
  });
