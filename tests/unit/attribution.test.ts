/**
 * Whose words a reader is shown: what each source's quotes were checked against, who
 * translated words not in the language spoken, which words are the original, and whose item
 * a republished report is.
 */
import { describe, expect, it } from 'vitest';
import { buildPeople } from '../../src/lib/models/people.ts';
import { checkedAgainst, SourceBook } from '../../src/lib/models/sources.ts';
import { buildStoryModel, type StoryInput } from '../../src/lib/models/story-model.ts';
import { translationNote } from '../../src/lib/models/translation.ts';
import { statementsExport } from '../../src/lib/exports/statements-export.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Publisher } from '../../src/schemas/publisher.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Statement } from '../../src/schemas/statement.ts';

const publishers = new Map<string, Publisher>([
  ['kremlin', { name: 'The Kremlin', description: 'Official website of the President of Russia', country: 'RU' }],
  ['copies', { name: 'copies.example', description: 'News website', country: 'ZZ' }],
  ['tass', { name: 'TASS', description: 'Russian state news agency', country: 'RU' }],
  ['anadolu', { name: 'Anadolu Agency', description: 'Turkish state news agency', country: 'TR' }],
  ['reuters', { name: 'Reuters', description: 'International news agency', country: 'GB' }],
  ['arab-news', { name: 'Arab News', description: 'Saudi daily', country: 'SA' }],
  ['aggregator', { name: 'lifelines.name', description: 'Russian-language news website', country: 'ZZ' }],
]);

const source = (fields: Partial<Source> & Pick<Source, 'publisher'>): Source => ({
  title: 'Item',
  date: '2025-08-15',
  language: 'en',
  ...fields,
});

const sources = new Map<string, Source>([
  ['transcript-ru', source({ publisher: 'kremlin', language: 'ru', original: true, excerpt: 'Добрый день.' })],
  ['transcript-copy', source({ publisher: 'copies', republishes: 'kremlin', excerpt: 'Good afternoon.' })],
  ['aa', source({ publisher: 'anadolu', excerpt: 'Good afternoon.\nAnd more.' })],
  ['arab-news', source({ publisher: 'arab-news', republishes: 'reuters', excerpt: 'Good day.' })],
  ['aggregator-ru', source({ publisher: 'aggregator', language: 'ru', excerpt: 'Добрый день.' })],
  ['copy-of-transcript', source({ publisher: 'copies', language: 'ru', republishes: 'transcript-ru' })],
]);

const people = new Map<string, Person>([
  ['putin', { name: 'Vladimir Putin', spellings: [], description: 'President of Russia.', roles: [] }],
]);

const cite = (id: string, ...citing: string[]) => ({ source: id, citing });

let position = 0;
function statement(partial: Partial<Statement> & Pick<Statement, 'id'>): Statement {
  return {
    by: 'putin',
    mode: 'direct',
    source: [cite('aa')],
    text: 'Good afternoon.',
    spoken: 'ru',
    idWritten: true,
    versions: [],
    story: 'summit',
    position: position++,
    file: 'content/explainers/summit/index.mdx',
    line: 1,
    ...partial,
  };
}

const version = (text: string, lang: string, from: string, extra: object = {}) => ({
  text,
  lang,
  source: [cite(from)],
  file: 'content/explainers/summit/index.mdx',
  line: 2,
  ...extra,
});

const input: StoryInput = {
  mainSources: ['aa'],
  sections: [],
  people,
  sources,
  publishers,
  fullTexts: new Set(['aa']),
  statements: [
    statement({
      id: 'greeting',
      source: [cite('transcript-copy')],
      translation: 'official',
      versions: [
        version('Good afternoon.', 'en', 'aa'),
        version('Good afternoon.', 'en', 'aa', { translator: 'tass' }),
        version('Добрый день.', 'ru', 'aggregator-ru'),
        version('Добрый день.', 'ru', 'transcript-ru'),
      ],
    }),
    statement({ id: 'relayed', source: [cite('aa', 'tass')], translator: 'tass' }),
    statement({ id: 'republished', source: [cite('arab-news')], text: 'Good day.' }),
    statement({ id: 'told', mode: 'paraphrase', text: 'he was glad' }),
    statement({ id: 'unknown', spoken: undefined }),
  ],
};
const model = buildStoryModel(input);
const view = (id: string) => model.statements.find((candidate) => candidate.id === id) ?? fail(`no statement ${id}`);

function fail(message: string): never {
  throw new Error(message);
}

describe('what a source’s quotes were checked against', () => {
  it('is its full text when one is stored, with the day it was stored when the source gives it', () => {
    expect(checkedAgainst(source({ publisher: 'tass' }), true)).toEqual({
      kind: 'full-text',
      stored: undefined,
      label: 'checked against the full report',
    });
    const captured = source({ publisher: 'tass', captured: '2025-06-29' });
    expect(checkedAgainst(captured, true)).toEqual({
      kind: 'full-text',
      stored: '2025-06-29',
      label: 'checked against the full report, stored 29 June 2025',
    });
  });

  it('is its quoted passages when it has only an excerpt, and nothing when it has no text', () => {
    expect(checkedAgainst(source({ publisher: 'tass', excerpt: 'One passage.' }), false).label).toBe(
      'checked against the quoted passage only',
    );
    expect(checkedAgainst(source({ publisher: 'tass', excerpt: 'One.\n\nTwo.' }), false)).toEqual({
      kind: 'excerpt',
      stored: undefined,
      label: 'checked against the quoted passages only',
    });
    expect(checkedAgainst(source({ publisher: 'tass' }), false)).toEqual({
      kind: 'none',
      stored: undefined,
      label: 'not checked: no text of it is kept',
    });
  });

  it('is told by each source of a story', () => {
    const book = new SourceBook(sources, publishers, new Set(['aa']));
    expect(book.source('aa').checkedAgainst.kind).toBe('full-text');
    expect(book.source('arab-news').checkedAgainst.label).toBe('checked against the quoted passage only');
  });
});

describe('the translator of words not in the language spoken', () => {
  const [shown, outlet, named] = view('greeting').renderings;

  it('is, by default, the outlet whose words the source holds: for a republished item, the original outlet', () => {
    expect(outlet?.translator).toEqual({ id: 'anadolu', name: 'Anadolu Agency', official: false });
    expect(outlet?.label).toBe('translated from Russian and published by Anadolu Agency');
    expect(view('republished').renderings[0]?.translator).toEqual({ id: 'reuters', name: 'Reuters', official: false });
  });

  it('is the publisher named by translator="…", when the source says the translation is another’s', () => {
    expect(named?.translator).toEqual({ id: 'tass', name: 'TASS', official: false });
    expect(named?.label).toBe('translated from Russian by TASS, published by Anadolu Agency');
    expect(translationNote(view('relayed'))?.text).toBe('Translated from Russian by TASS');
  });

  it('says when the translation is the speaker’s side’s own', () => {
    expect(shown?.translator).toEqual({ id: 'kremlin', name: 'The Kremlin', official: true });
    expect(shown?.label).toBe(
      'the official translation from Russian, published by The Kremlin, as republished by copies.example',
    );
    expect(translationNote(view('greeting'))?.text).toBe('The Kremlin’s official translation from Russian');
  });

  it('is named in the note of a quote and of a paraphrase, and not when the language spoken is unknown', () => {
    expect(translationNote(view('republished'))?.text).toBe('Translated from Russian by Reuters');
    expect(translationNote(view('told'))?.text).toBe('Said in Russian; reported in English by Anadolu Agency');
    expect(view('unknown').renderings[0]?.translator).toBeUndefined();
    expect(view('unknown').renderings[0]?.label).toBe('published by Anadolu Agency');
  });

  it('is shown on the speaker’s page', () => {
    const story = {
      slug: 'summit',
      title: 'The summit',
      summary: '',
      published: '2025-08-17',
      asOf: '2025-08-16',
      draft: false,
      events: [],
      texts: [],
      statements: model.statements,
    };
    const [page] = buildPeople({ stories: [story], people });
    expect(page?.statements.map((said) => said.translation)).toEqual([
      'The Kremlin’s official translation from Russian',
      'Translated from Russian by TASS',
      'Translated from Russian by Reuters',
      'Said in Russian; reported in English by Anadolu Agency',
      undefined,
    ]);
  });
});

describe('the original words', () => {
  const renderings = view('greeting').renderings;

  it('are only those taken from an original record, in the language spoken', () => {
    expect(renderings.map((rendering) => [rendering.kind, rendering.original])).toEqual([
      ['translation', false],
      ['translation', false],
      ['translation', false],
      ['copy', false],
      ['original', true],
    ]);
    expect(renderings[4]?.label).toBe('the original Russian, published by The Kremlin');
    expect(translationNote(view('greeting'))?.spokenWords?.kind).toBe('original');
  });

  it('in the language spoken from any other source are a copy, published by its outlet', () => {
    expect(renderings[3]?.label).toBe('a copy in Russian, published by lifelines.name');
    const copies = buildStoryModel({
      ...input,
      statements: [statement({ id: 'only-copy', versions: [version('Добрый день.', 'ru', 'aggregator-ru')] })],
    });
    expect(translationNote(copies.statements[0] ?? fail('no statement'))?.spokenWords?.kind).toBe('copy');
  });
});

describe('a republished report', () => {
  const book = new SourceBook(sources, publishers);

  it('is named as the original outlet’s, republished by the outlet that published the copy', () => {
    const copy = book.source('arab-news');
    expect(copy.byline).toBe('Reuters, as republished by Arab News');
    expect(copy.republishes).toEqual({ publisher: book.publisher('reuters'), sourceId: undefined });
    expect(copy.originalPublisher.id).toBe('reuters');
    expect(book.citation(cite('arab-news', 'tass')).label).toBe('Reuters, as republished by Arab News, citing TASS');
  });

  it('is not a citation: an item of an outlet’s own has no republication', () => {
    expect(book.source('aa').republishes).toBeUndefined();
    expect(book.source('aa').byline).toBe('Anadolu Agency');
    expect(book.citation(cite('aa', 'tass')).label).toBe('Anadolu Agency, citing TASS');
  });

  it('names the item it republishes when the content has it, which joins the story’s source list', () => {
    expect(book.source('copy-of-transcript').republishes?.sourceId).toBe('transcript-ru');
    expect(book.source('copy-of-transcript').byline).toBe('The Kremlin, as republished by copies.example');
    const withCopy = buildStoryModel({
      ...input,
      mainSources: ['copy-of-transcript'],
      statements: [],
    });
    expect(withCopy.sources.map((listed) => listed.id)).toEqual(['copy-of-transcript', 'transcript-ru']);
  });
});

describe('the statements export', () => {
  const exported = statementsExport({ slug: 'summit', title: 'Summit', asOf: '2025-08-16', url: '/summit/' }, model);
  const find = (id: string) =>
    exported.statements.find((candidate) => candidate.id === id) ?? fail(`no exported statement ${id}`);

  it('names the translator of the words shown, and of each rendering', () => {
    expect(find('greeting').translator).toEqual({ id: 'kremlin', name: 'The Kremlin', official: true });
    expect(find('unknown').translator).toBeNull();
    expect(find('greeting').renderings.map((rendering) => [rendering.kind, rendering.original])).toEqual([
      ['translation', false],
      ['translation', false],
      ['translation', false],
      ['copy', false],
      ['original', true],
    ]);
    expect(find('greeting').renderings[3]?.label).toBe('a copy in Russian, published by lifelines.name');
  });

  it('gives both outlets of a republished report, and what each source was checked against', () => {
    expect(find('republished').citations).toEqual([
      {
        source: 'arab-news',
        publisher: 'arab-news',
        originalPublisher: 'reuters',
        republishes: { source: null, publisher: 'reuters' },
        checkedAgainst: { kind: 'excerpt', stored: null },
        citing: [],
        label: 'Reuters, as republished by Arab News',
      },
    ]);
    expect(find('relayed').citations[0]).toMatchObject({
      publisher: 'anadolu',
      originalPublisher: 'anadolu',
      republishes: null,
      checkedAgainst: { kind: 'full-text', stored: null },
    });
  });
});
