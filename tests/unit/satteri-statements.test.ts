import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  defineMdastPlugin,
  mdxToJs,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/content/mdx.ts';
import { isStoryFile, satteriStatements } from '../../src/markdown/satteri-statements.ts';
import { smartPunctuation } from '../../src/markdown/satteri-typography.ts';
import { deriveStatementId, findStatements } from '../../src/lib/content/said-markup.ts';
import { VALID_DIR } from '../support/invalid-cases.ts';

const STORY_FILE = '/site/content/explainers/bridge/index.mdx';
const said = (words: string, extra = '') =>
  `<Said by="ana-lopez" mode="direct" source="gazette"${extra}>${words}</Said>`;

/** What the page receives: each `<Said>`'s and `<Cite>`'s attributes, and the text of the whole file. */
interface Compiled {
  statements: Record<string, string>[];
  cites: Record<string, string>[];
  text: string;
}

/** Compiles MDX as the build does, then reads the tree the plugin left behind. */
async function compile(source: string, path = STORY_FILE): Promise<Compiled> {
  const statements: Record<string, string>[] = [];
  const cites: Record<string, string>[] = [];
  let text = '';
  const record = (element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
    if (element.name !== 'Said' && element.name !== 'Cite') return;
    const attributes: Record<string, string> = {};
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
        attributes[attribute.name] = attribute.value;
      }
    }
    (element.name === 'Said' ? statements : cites).push(attributes);
  };
  const reader = defineMdastPlugin({
    name: 'read-back',
    mdxJsxFlowElement: record,
    mdxJsxTextElement: record,
    after(root, ctx: MdastVisitorContext) {
      text = ctx.textContent(root);
    },
  });
  await mdxToJs(source, {
    mdastPlugins: [satteriStatements, reader],
    features: { smartPunctuation },
    fileURL: pathToFileURL(path),
  });
  return { statements, cites, text };
}

describe('each <Cite>', () => {
  it('is told its key: the file and its number there, as the content check counts them', async () => {
    const { cites, statements } = await compile(
      `It took 12 minutes<Cite source="tass" passage="12 minutes" />, he said ${said('We checked')}; then 20<Cite source="ap" passage="20" />.\n`,
    );
    expect(cites.map((cite) => cite['cite'])).toEqual(['index/1', 'index/2']);
    expect(statements).toHaveLength(1);
  });
  it('is keyed by its section in a section file', async () => {
    const { cites } = await compile(
      'It took 12 minutes<Cite source="tass" passage="12 minutes" />.\n',
      '/site/content/explainers/bridge/the-talks.mdx',
    );
    expect(cites.map((cite) => cite['cite'])).toEqual(['the-talks/1']);
  });
});

describe('the statement of each <Said>', () => {
  it('is its written id', async () => {
    const { statements } = await compile(`He said ${said('We checked', ' id="every-bolt"')}.\n`);
    expect(statements[0]?.['statement']).toBe('every-bolt');
  });

  it('is made from the speaker and the first words when no id is written', async () => {
    const { statements } = await compile(`He said ${said('We checked **every** bolt, twice: "all" of them')}.\n`);
    expect(statements[0]?.['statement']).toBe('ana-lopez-we-checked-every-bolt-twice');
  });

  it('is the one the content check gives words with no Latin letters, typeset or not', async () => {
    const words = 'Добрый "день"... -- да';
    const source = `Он сказал: ${said(words, ' lang="ru"')}.\n`;
    const [checked] = findStatements(parseMdx('index.mdx', source).tree);
    // Typeset, the words hash to another id: the plugin must not take it.
    expect(deriveStatementId('ana-lopez', 'Добрый “день”… -- да')).not.toBe(checked?.id);
    expect((await compile(source)).statements[0]?.['statement']).toBe(checked?.id);
  });

  it('is the content check’s id for every statement of the stories and of the test content', async () => {
    const stories = [join(VALID_DIR, 'explainers'), join(process.cwd(), 'content', 'explainers')];
    const files = stories.flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => join(folder, file)),
    );
    let count = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const checked = findStatements(parseMdx(file, source).tree).map((found) => found.id);
      expect((await compile(source, file)).statements.map((attributes) => attributes['statement'])).toEqual(checked);
      count += checked.length;
    }
    expect(count).toBeGreaterThan(10);
  });
});

describe('the display of each <Said>', () => {
  it('is "inline" inside a sentence and "block" on lines of its own', async () => {
    const { statements } = await compile(`He said ${said('We checked')}.\n\n${said('\nEvery bolt.\n')}\n`);
    expect(statements.map((attributes) => attributes['display'])).toEqual(['inline', 'block']);
  });
});

describe('the punctuation after an inline statement', () => {
  it('moves into the statement as its tail, out of the text that follows', async () => {
    const { statements, text } = await compile(`He said ${said('We checked')}. Then he left.\n`);
    expect(statements[0]?.['tail']).toBe('.');
    expect(text).toBe('He said We checked Then he left.');
  });

  it('takes every mark of a run, typeset: a comma, a closing quote and bracket, an ellipsis', async () => {
    const { statements, text } = await compile(
      `(${said('One')}), then "${said('two')}"; and ${said('three')}... ${said('Four')}?! ${said('five')}', six "${said('seven')}".\n`,
    );
    expect(statements.map((attributes) => attributes['tail'])).toEqual(['),', '”;', '…', '?!', '’,', '”.']);
    expect(text).toBe('(One then “two and three Four five six “seven');
  });

  it('leaves the text as it is when a word, a space or nothing follows', async () => {
    const { statements, text } = await compile(`${said('One')} and ${said('two')}—then ${said('three')}\n`);
    expect(statements.map((attributes) => attributes['tail'])).toEqual([undefined, undefined, undefined]);
    expect(text).toBe('One and two—then three');
  });

  it('stays after a statement that stands as a block', async () => {
    const { statements } = await compile(`${said('\nWe checked every bolt.\n')}\n\nNext paragraph.\n`);
    expect(statements[0]?.['tail']).toBeUndefined();
  });

  it('goes to the right statement when statements are nested or side by side', async () => {
    const source = `A ${said(`outer ${said('inner')}, more`)}, and ${said('x')}${said('y')}.\n\n${said(`\nBlock with ${said('inline')}; end.\n`)}\n`;
    const { statements, text } = await compile(source);
    expect(statements.map(({ statement, display, tail }) => ({ statement, display, tail }))).toEqual([
      { statement: 'ana-lopez-outer-inner-more', display: 'inline', tail: ',' },
      { statement: 'ana-lopez-inner', display: 'inline', tail: ',' },
      { statement: 'ana-lopez-x', display: 'inline', tail: undefined },
      { statement: 'ana-lopez-y', display: 'inline', tail: '.' },
      { statement: 'ana-lopez-block-with-inline-end', display: 'block', tail: undefined },
      { statement: 'ana-lopez-inline', display: 'inline', tail: ';' },
    ]);
    expect(text).toBe('A outer inner more and xyBlock with inline end.');
  });
});

describe('a file that is not a story', () => {
  it('is left as it is', async () => {
    expect(isStoryFile('/site/src/pages/about.mdx')).toBe(false);
    expect(isStoryFile('/site/content/explainers/bridge/index.md')).toBe(false);
    const { statements, text } = await compile(`He said ${said('We checked')}.\n`, '/site/src/pages/about.mdx');
    expect(statements).toEqual([{ by: 'ana-lopez', mode: 'direct', source: 'gazette' }]);
    expect(text).toBe('He said We checked.');
  });
});
