import { describe, expect, it } from 'vitest';
import { MdxSyntaxError, parseMdx } from '../../src/lib/content/mdx.ts';

/** The error parseMdx throws for `source`, as [line, column, message, element left open]. */
function failure(source: string): [number, number, string, string | undefined] {
  try {
    parseMdx('story.mdx', source);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return [error.line, error.column, error.message, error.unclosed];
  }
  throw new Error('the MDX parsed');
}

describe('MDX that does not parse', () => {
  it('places an unclosed <Said> at its opening tag, line and column', () => {
    const source = [
      '---',
      'title: "A"',
      '---',
      '',
      'Asked whether the work was done,',
      'the spokesperson said <Said by="zoe-okafor" mode="paraphrase" source="radio">it was not finished.',
      '',
      'Next paragraph.',
    ].join('\n');
    expect(failure(source)).toEqual([6, 23, '<Said> opened here is never closed', 'Said']);
  });

  it('places a block <Said> whose closing tag was deleted at its opening tag', () => {
    const source = 'Intro.\n\n<Said by="a" mode="direct" source="s">\nWe have checked every bolt.\n';
    expect(failure(source)).toEqual([3, 1, '<Said> opened here is never closed', 'Said']);
  });

  it('places an indented block <Said> at its own column', () => {
    const source = 'Intro.\n\n  <Said by="a" mode="direct" source="s">\n  Words.\n\n  More.\n';
    expect(failure(source)).toEqual([3, 3, '<Said> opened here is never closed', 'Said']);
  });

  it('says which tag a wrong closing tag fails to close, at the closing tag', () => {
    const source = 'Intro.\n\n<Said by="a" mode="direct" source="s">\nWords.\n</Sai>\n';
    expect(failure(source)).toEqual([5, 1, '</Sai> does not close <Said>, which was opened on line 3', 'Said']);
  });

  it('keeps other reasons, without the position in brackets, and adds their cause', () => {
    const [line, column, message, unclosed] = failure('Some {a b} code.\n');
    expect([line, column, unclosed]).toEqual([1, 8, undefined]);
    expect(message).toBe('Could not parse expression with acorn: Unexpected content after expression');

    const attribute = failure('A <Said by=x>words</Said>.\n');
    expect(attribute.slice(0, 2)).toEqual([1, 12]);
    expect(attribute[2]).toMatch(/^Unexpected character `x`/);
    expect(attribute[2]).not.toMatch(/\(\d+:\d+-\d+:\d+\)/);
  });
});

describe('front matter', () => {
  it('is read once into a value, with its first line', () => {
    const mdx = parseMdx('story.mdx', '---\ntitle: "A"\norder: 2\n---\n\nText.\n');
    expect(mdx.frontmatter?.value).toEqual({ title: 'A', order: 2 });
    expect(mdx.frontmatter?.firstLine).toBe(2);
    expect(mdx.problems).toEqual([]);
  });

  it('that is unsafe has no value and one problem, placed on the line of the file', () => {
    const aliases = 'abcdef'.split('').map(
      (name, i) =>
        `${name}${String(i)}: &${name} [${Array(9)
          .fill(i === 0 ? 'x' : `*${'abcdef'[i - 1] ?? ''}`)
          .join(', ')}]`,
    );
    const mdx = parseMdx('story.mdx', ['---', 'title: "A"', ...aliases, '---', '', 'Text.'].join('\n'));
    expect(mdx.frontmatter?.value).toBeUndefined();
    expect(mdx.problems.map((problem) => [problem.file, problem.line, problem.column, problem.severity])).toEqual([
      ['story.mdx', 4, 9, 'error'],
    ]);
    expect(mdx.problems[0]?.message).toContain('the YAML repeats its aliases (*a)');
  });
});
