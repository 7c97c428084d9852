/**
 * The stock sites of the benchmark hold the stories as plain MDX: every component of the engine
 * turned into the words it wraps, so that a stock build of the default stories and of the
 * synthetic ones never meets a component it does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainMdx } from '../../bench/lib/plain-mdx.ts';
import { PROJECT_ROOT } from '../support/invalid-cases.ts';

const explainers = join(PROJECT_ROOT, 'content', 'explainers');
const files = readdirSync(explainers, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => join(explainers, file));

describe('a story as plain MDX', () => {
  it.each(files.map((file) => [relative(PROJECT_ROOT, file), file]))('%s has no component left', (_name, file) => {
    const { text } = plainMdx(file, readFileSync(file, 'utf8'));
    expect(text.match(/<\/?[A-Z][A-Za-z]*/g) ?? []).toEqual([]);
  });

  it('keeps the words a component wraps, drops what shows nothing, and the accounts of sources that differ', () => {
    const source = [
      '---',
      'title: "A story"',
      '---',
      '<InShort>',
      '- The mayor said it would open.<Cite source="a" passage="it would open" />',
      '</InShort>',
      '',
      'She said <Said by="mayor" mode="direct" source="a" id="open">it will open</Said>.<Version of="open" source="b">it opens</Version>',
      '',
      '<SourcesDiffer about="The cost">',
      '<Account source="a">10 million<Cite source="a" passage="10 million" /></Account>',
      '<Account source="b">12 million</Account>',
      '</SourcesDiffer>',
    ].join('\n');
    const { body, frontmatter } = plainMdx('story.mdx', source);
    expect(frontmatter).toEqual({ title: 'A story' });
    expect(body).toBe(
      ['- The mayor said it would open.', '', 'She said it will open.', '', 'The cost: 10 million; 12 million.'].join(
        '\n',
      ),
    );
  });
});
