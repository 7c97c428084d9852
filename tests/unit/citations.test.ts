import { describe, expect, it } from 'vitest';
import {
  backLinkLetter,
  citationAnchor,
  inCitationOrder,
  numberCitations,
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
      { anchor: 'cite-first-1', letter: 'a', speakerShortName: 'Ushakov' },
      { anchor: 'cite-second-1', letter: 'b', speakerShortName: 'Ushakov' },
      { anchor: 'cite-third-2', letter: 'c', speakerShortName: 'Trump' },
    ]);
    expect(index.sources.get('independent')?.backLinks).toEqual([
      { anchor: 'cite-fourth-1', letter: '', speakerShortName: 'Zelensky' },
    ]);
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
  const model = buildStoryModel({
    mainSources: ['radio'],
    sections: [],
    // Written out of order: numbering follows the reading order, not the order given.
    statements: [statement('later', 1, 'radio'), statement('earlier', 0, 'gazette', 'radio')],
    people: new Map([['ana-lopez', { name: 'Ana López', spellings: [], description: 'Mayor.', roles: [] }]]),
    sources: new Map([
      ['gazette', { publisher: 'town-gazette', title: 'Bridge', date: '2024-05-02', language: 'en' }],
      ['radio', { publisher: 'town-gazette', title: 'Bulletin', date: '2024-05-01', language: 'en' }],
    ]),
    publishers: new Map([['town-gazette', { name: 'Town Gazette', description: 'Local newspaper', country: 'GB' }]]),
  });

  it('in reading order, on each statement', () => {
    expect(model.statements.map((view) => [view.id, view.citationMarks.map((mark) => mark.number)])).toEqual([
      ['earlier', [1, 2]],
      ['later', [2]],
    ]);
  });

  it('so that the list of sources, reordered, agrees with the marks, though a main source is listed first', () => {
    expect(model.sources.map((source) => source.id)).toEqual(['radio', 'gazette']);
    expect(inCitationOrder(model.sources, model.citations).map((source) => source.id)).toEqual(['gazette', 'radio']);
  });
});
