import { describe, expect, it } from 'vitest';
import {
  backLinkLetter,
  citationAnchor,
  citeAnchor,
  inCitationOrder,
  numberCitations,
  type CitingCite,
  type CitingStatement,
} from '../../src/lib/models/citations.ts';
import { buildStoryModel } from '../../src/lib/models/story-model.ts';
import type { Statement } from '../../src/schemas/statement.ts';

function citing(id: string, speakerShortName: string, ...sources: string[]): CitingStatement {
  return { id, speakerShortName, citations: sources.map((source) => ({ source: { id: source } })) };
}

describe('numbered citations', () => {
  const index = numberCitations([
    citing('first', 'Ushakov', 'unn'),
    citing('second', 'Ushakov', 'unn'),
    citing('third', 'Trump', 'firstpost', 'unn'),
    citing('fourth', 'Zelensky', 'independent'),
  ]);

  it('numbers sources in the order the text first cites them', () => {
    expect([...index.sources].map(([id, source]) => [id, source.number])).toEqual([
      ['unn', 1],
      ['firstpost', 2],
      ['independent', 3],
    ]);
  });

  it('gives a source the same number wherever it is cited', () => {
    expect(index.marks.get('first')?.map((mark) => mark.number)).toEqual([1]);
    expect(index.marks.get('second')?.map((mark) => mark.number)).toEqual([1]);
    expect(index.marks.get('third')?.map((mark) => mark.number)).toEqual([2, 1]);
  });

  it('gives each mark its own anchor, cite-<statement-id>-<n>, n counting the statement’s citations', () => {
    expect(index.marks.get('third')).toEqual([
      { number: 2, sourceId: 'firstpost', anchor: 'cite-third-1' },
      { number: 1, sourceId: 'unn', anchor: 'cite-third-2' },
    ]);
    expect(citationAnchor('ushakov-any-moment', 1)).toBe('cite-ushakov-any-moment-1');
  });

  it('links a source back to every mark that cites it, lettered when there are several', () => {
    expect(index.sources.get('unn')?.backLinks).toEqual([
      { anchor: 'cite-first-1', letter: 'a', context: 'after Ushakov' },
      { anchor: 'cite-second-1', letter: 'b', context: 'after Ushakov' },
      { anchor: 'cite-third-2', letter: 'c', context: 'after Trump' },
    ]);
    expect(index.sources.get('independent')?.backLinks).toEqual([
      { anchor: 'cite-fourth-1', letter: '', context: 'after Zelensky' },
    ]);
  });

  it('gives a story without cites no cite marks', () => {
    expect(index.cites.size).toBe(0);
  });

  it('letters back links a … z, then aa, ab …', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(backLinkLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });

  it('gives a statement that cites nothing no marks, and a story without statements no numbers', () => {
    const none = numberCitations([citing('bare', 'Okafor')]);
    expect(none.marks.get('bare')).toEqual([]);
    expect(numberCitations([]).sources.size).toBe(0);
  });

  it('lists sources in the order of their numbers, those no mark cites after them, each once', () => {
    const listed = inCitationOrder(
      [
        { id: 'main-uncited' },
        { id: 'independent' },
        { id: 'unn' },
        { id: 'relayed' },
        { id: 'firstpost' },
        { id: 'unn' },
      ],
      index,
    ).map((source) => source.id);
    expect(listed).toEqual(['unn', 'firstpost', 'independent', 'main-uncited', 'relayed']);
  });
});

describe('numbered citations with the story’s own claims (<Cite>) among the statements', () => {
  const claim = (key: string, after: number, sourceId: string, passage = 'words'): CitingCite => ({
    key,
    after,
    sourceId,
    passage,
  });
  // The text: a claim citing TASS, a statement citing UNN, two claims (Alaska Public, UNN), a
  // statement citing TASS and AP, and a last claim after every statement.
  const index = numberCitations(
    [citing('first', 'Ushakov', 'unn'), citing('second', 'Putin', 'tass', 'ap')],
    [
      claim('index/1', 0, 'tass', 'a little over 12 minutes'),
      claim('index/2', 1, 'alaska-public'),
      claim('index/3', 1, 'unn'),
      claim('the-talks/1', 2, 'zee'),
    ],
  );

  it('numbers sources in the one order of the text, claims and statements alike', () => {
    expect([...index.sources].map(([id, source]) => [id, source.number])).toEqual([
      ['tass', 1],
      ['unn', 2],
      ['alaska-public', 3],
      ['ap', 4],
      ['zee', 5],
    ]);
    expect(index.marks.get('first')?.map((mark) => mark.number)).toEqual([2]);
    expect(index.marks.get('second')?.map((mark) => mark.number)).toEqual([1, 4]);
  });

  it('gives each claim a mark by its key, cite-<n> counting the claims of the story', () => {
    expect(index.cites.get('index/1')).toEqual({ number: 1, sourceId: 'tass', anchor: 'cite-1' });
    expect(index.cites.get('index/3')).toEqual({ number: 2, sourceId: 'unn', anchor: 'cite-3' });
    expect(index.cites.get('the-talks/1')).toEqual({ number: 5, sourceId: 'zee', anchor: 'cite-4' });
    expect(citeAnchor(12)).toBe('cite-12');
  });

  it('links a source back to claims and statements in reading order, each named for what it follows', () => {
    expect(index.sources.get('tass')?.backLinks).toEqual([
      { anchor: 'cite-1', letter: 'a', context: 'for “a little over 12 minutes”' },
      { anchor: 'cite-second-1', letter: 'b', context: 'after Putin' },
    ]);
    expect(index.sources.get('unn')?.backLinks.map((back) => back.anchor)).toEqual(['cite-first-1', 'cite-3']);
  });
});

describe('the story model numbers its citations', () => {
  const statement = (id: string, position: number, ...sources: string[]): Statement => ({
    id,
    by: 'ana-lopez',
    mode: 'direct',
    source: sources.map((source) => ({ source, citing: [] })),
    text: 'Words.',
    idWritten: true,
    versions: [],
    story: 'bridge',
    position,
    file: 'content/explainers/bridge/index.mdx',
    line: 1,
  });
  const input = {
    mainSources: ['radio'],
    sections: [],
    // Written out of order: numbering follows the reading order, not the order given.
    statements: [statement('later', 1, 'radio'), statement('earlier', 0, 'gazette', 'radio')],
    people: new Map([['ana-lopez', { name: 'Ana López', spellings: [], description: 'Mayor.', roles: [] }]]),
    sources: new Map([
      ['gazette', { publisher: 'town-gazette', title: 'Bridge', date: '2024-05-02', language: 'en' }],
      ['radio', { publisher: 'town-gazette', title: 'Bulletin', date: '2024-05-01', language: 'en' }],
      ['notice', { publisher: 'town-gazette', title: 'Closure notice', date: '2024-05-01', language: 'en' }],
    ]),
    publishers: new Map([['town-gazette', { name: 'Town Gazette', description: 'Local newspaper', country: 'GB' }]]),
  };
  const model = buildStoryModel(input);

  it('in reading order, on each statement', () => {
    expect(model.statements.map((view) => [view.id, view.citationMarks.map((mark) => mark.number)])).toEqual([
      ['earlier', [1, 2]],
      ['later', [2]],
    ]);
  });

  it('with the claims of the text among the statements, and lists the claims’ sources', () => {
    const withCites = buildStoryModel({
      ...input,
      cites: [
        {
          key: 'index/1',
          after: 0,
          source: [{ source: 'radio', citing: [] }],
          passage: "the council's plan",
          file: 'x',
          line: 1,
        },
        { key: 'index/2', after: 2, source: [{ source: 'notice', citing: [] }], passage: 'closed', file: 'x', line: 2 },
      ],
    });
    expect(withCites.statements.map((view) => view.citationMarks.map((mark) => mark.number))).toEqual([[2, 1], [1]]);
    expect(withCites.cites.get('index/1')).toMatchObject({
      mark: { number: 1, sourceId: 'radio', anchor: 'cite-1' },
      citation: { label: 'Town Gazette' },
      passage: 'the council’s plan',
    });
    expect(withCites.cites.get('index/2')?.mark).toEqual({ number: 3, sourceId: 'notice', anchor: 'cite-2' });
    expect(withCites.sources.map((source) => source.id)).toEqual(['radio', 'gazette', 'notice']);
  });

  it('so that the list of sources, reordered, agrees with the marks, though a main source is listed first', () => {
    expect(model.sources.map((source) => source.id)).toEqual(['radio', 'gazette']);
    expect(inCitationOrder(model.sources, model.citations).map((source) => source.id)).toEqual(['gazette', 'radio']);
  });
});
