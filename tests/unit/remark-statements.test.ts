import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { isJsxElement, parseMdx, walk, type JsxElement } from '../../src/lib/mdx.ts';
import { remarkStatements } from '../../src/lib/remark-statements.ts';

const STORY_FILE = '/site/content/explainers/bridge/index.mdx';
const said = (words: string) => `<Said by="ana-lopez" mode="direct" source="gazette">${words}</Said>`;

function run(source: string, path = STORY_FILE): Root {
  const { tree } = parseMdx('index.mdx', source);
  remarkStatements()(tree, { path } as never);
  return tree;
}

function statements(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  walk(tree, (node) => {
    if (isJsxElement(node) && node.name === 'Said') found.push(node);
  });
  return found;
}

function attribute(element: JsxElement | undefined, name: string): unknown {
  const match = element?.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return match?.value;
}

describe('the punctuation after an inline statement', () => {
  it('moves into the statement as its tail, out of the text that follows', () => {
    const tree = run(`He said ${said('We checked')}. Then he left.\n`);
    const [statement] = statements(tree);
    expect(attribute(statement, 'tail')).toBe('.');
    expect(toString(tree)).toBe('He said We checked Then he left.');
  });

  it('takes every mark of a run: a comma, a closing quote and bracket, an ellipsis', () => {
    const tree = run(
      `(${said('One')}), then “${said('two')}”; and ${said('three')}… ${said('Four')}?! ${said('five')}’, six.\n`,
    );
    expect(statements(tree).map((statement) => attribute(statement, 'tail'))).toEqual(['),', '”;', '…', '?!', '’,']);
    expect(toString(tree)).toBe('(One then “two and three Four five six.');
  });

  it('leaves the text as it is when a word, a space or nothing follows', () => {
    const tree = run(`${said('One')} and ${said('two')}—then ${said('three')}\n`);
    expect(statements(tree).map((statement) => attribute(statement, 'tail'))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(toString(tree)).toBe('One and two—then three');
  });

  it('leaves the punctuation after a statement that stands as a block in the text', () => {
    const tree = run(`${said('\nWe checked every bolt.\n')}\n\nNext paragraph.\n`);
    const [statement] = statements(tree);
    expect(attribute(statement, 'display')).toBe('block');
    expect(attribute(statement, 'tail')).toBeUndefined();
  });

  it('is left alone outside a story file', () => {
    const tree = run(`He said ${said('We checked')}.\n`, '/site/src/pages/about.mdx');
    expect(attribute(statements(tree)[0], 'tail')).toBeUndefined();
    expect(toString(tree)).toBe('He said We checked.');
  });
});

describe('the statement and display of each <Said>', () => {
  it('are set from its anchor and its place in the text', () => {
    const [inline] = statements(run(`He said ${said('We checked')}.\n`));
    expect(attribute(inline, 'statement')).toBe('ana-lopez-we-checked');
    expect(attribute(inline, 'display')).toBe('inline');
  });
});
