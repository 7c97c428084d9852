import { describe, expect, it } from 'vitest';
import { buildReplyIndex } from '../../src/lib/models/replies.ts';
import { buildStoryModel, type StoryInput } from '../../src/lib/models/story-model.ts';
import { excerptOf } from '../../src/lib/text/excerpt.ts';
import { firstDay, lastDay } from '../../src/lib/text/dates.ts';
import { roleAt, roleDuring, statementWindow } from '../../src/lib/models/roles.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Publisher } from '../../src/schemas/publisher.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Statement } from '../../src/schemas/statement.ts';

const people = new Map<string, Person>([
  [
    'ana-lopez',
    {
      name: 'Ana López',
      spellings: ['Ana Lopes'],
      description: 'Mayor of a small town.',
      roles: [
        { title: 'Councillor', from: { value: '2015', precision: 'year' }, to: { value: '2019', precision: 'year' } },
        { title: 'Mayor', from: { value: '2020-01-01', precision: 'day' } },
      ],
    },
  ],
  [
    'zoe-okafor',
    {
      name: 'Zoë Okafor',
      spellings: [],
      shortName: 'Okafor',
      description: 'Spokesperson.',
      roles: [{ title: 'Spokesperson' }],
    },
  ],
  [
    'sam-silent',
    { name: 'Sam Silent', spellings: [], description: 'Quoted by no one.', roles: [{ title: 'Observer' }] },
  ],
]);

const sources = new Map<string, Source>([
  ['gazette', { publisher: 'town-gazette', title: 'Bridge', date: '2024-05-02', language: 'en' }],
  ['radio', { publisher: 'council-radio', title: 'Bulletin', date: '2024-05-01', language: 'en' }],
]);

const publishers = new Map<string, Publisher>([
  ['town-gazette', { name: 'Town Gazette', description: 'Local newspaper', country: 'GB' }],
  ['council-radio', { name: 'Council Radio', description: 'The council’s radio station', country: 'GB' }],
  ['wire', { name: 'Wire Agency', description: 'News agency', country: 'GB' }],
]);

const cite = (source: string, ...citing: string[]) => ({ source, citing });

let position = 0;
function statement(partial: Partial<Statement> & Pick<Statement, 'id' | 'by'>): Statement {
  return {
    mode: 'direct',
    source: [cite('gazette')],
    text: 'Words.',
    idWritten: true,
    versions: [],
    story: 'bridge',
    position: position++,
    file: 'content/explainers/bridge/index.mdx',
    line: 1,
    ...partial,
  };
}

const input: StoryInput = {
  mainSources: ['gazette'],
  sections: [{ slug: 'the-council', data: { title: 'The council' } }],
  people,
  sources,
  publishers,
  statements: [
    statement({
      id: 'okafor-1',
      by: 'zoe-okafor',
      mode: 'paraphrase',
      date: { value: '2024-05-01', precision: 'day' },
      source: [cite('radio')],
    }),
    statement({ id: 'lopez-1', by: 'ana-lopez', date: { value: '2024-05-02', precision: 'day' } }),
    statement({ id: 'lopez-old', by: 'ana-lopez', date: { value: '2019', precision: 'year' }, section: 'the-council' }),
    statement({ id: 'lopez-undated', by: 'ana-lopez' }),
  ],
};

describe('buildStoryModel', () => {
  const model = buildStoryModel({ ...input, statements: [...input.statements].reverse() });

  it('orders speakers by their first statement in the story, and statements in reading order', () => {
    expect(model.speakers.map((speaker) => speaker.id)).toEqual(['zoe-okafor', 'ana-lopez']);
    expect(model.speakers[1]?.statements.map((s) => s.id)).toEqual(['lopez-1', 'lopez-old', 'lopez-undated']);
  });
  it('leaves out people who said nothing in the story', () => {
    expect(model.speakers.some((speaker) => speaker.id === 'sam-silent')).toBe(false);
  });
  it('keeps non-ASCII names intact', () => {
    expect(model.speakers.map((speaker) => speaker.name)).toEqual(['Zoë Okafor', 'Ana López']);
    expect(model.statements.find((s) => s.id === 'lopez-1')?.speakerShortName).toBe('López');
  });
  it('shows the role held at the time of each statement', () => {
    const roles = Object.fromEntries(model.statements.map((s) => [s.id, s.role]));
    expect(roles).toEqual({
      'okafor-1': 'Spokesperson',
      'lopez-1': 'Mayor',
      'lopez-old': 'Councillor',
      'lopez-undated': 'Mayor',
    });
  });
  it('gives a group one role only when it did not change', () => {
    expect(model.speakers.map((speaker) => speaker.role)).toEqual(['Spokesperson', undefined]);
  });
  it('labels modes and dates for readers', () => {
    const okafor = model.statements[0];
    expect([okafor?.modeLabel, okafor?.dateLabel]).toEqual(['Paraphrased', '1 May 2024']);
    expect(model.statements.find((s) => s.id === 'lopez-undated')?.dateLabel).toBe('Date not given');
  });
  it('labels each entry with how the words were delivered, when the story says, before the mode', () => {
    const delivered = buildStoryModel({
      ...input,
      statements: [
        statement({ id: 'posted', by: 'ana-lopez', delivery: { kind: 'posted', platform: 'Truth Social' } }),
        statement({ id: 'told', by: 'zoe-okafor', mode: 'paraphrase', delivery: { kind: 'told' } }),
        statement({ id: 'unsaid', by: 'ana-lopez' }),
      ],
    });
    expect(delivered.statements.map((s) => s.label)).toEqual(['Posted · Quoted', 'Told · Paraphrased', 'Quoted']);
    expect(delivered.statements[0]?.delivery).toEqual({ kind: 'posted', platform: 'Truth Social' });
  });
  it('places each statement in the article or its section', () => {
    expect(model.statements.map((s) => s.place.id)).toEqual(['article', 'article', 'the-council', 'article']);
  });
  it('lists cited sources once, main sources first, with their publishers', () => {
    expect(model.sources.map((s) => s.id)).toEqual(['gazette', 'radio']);
    expect(model.sources[0]?.publisher).toMatchObject({ id: 'town-gazette', description: 'Local newspaper' });
  });
  it('stops on a statement whose speaker is unknown', () => {
    expect(() => buildStoryModel({ ...input, statements: [statement({ id: 'x', by: 'nobody' })] })).toThrow(
      /Unknown person "nobody"/,
    );
  });
});

describe('roleAt', () => {
  it('gives no role for a day outside every role', () => {
    expect(roleAt(people.get('ana-lopez') ?? { roles: [] }, '2010-06-01')).toBeUndefined();
  });
  it('prefers the role that started last when two cover the day', () => {
    expect(
      roleAt(
        {
          roles: [
            { title: 'Senator', from: { value: '2001-01-01', precision: 'day' } },
            { title: 'Minister', from: { value: '2010', precision: 'year' } },
          ],
        },
        '2012-01-01',
      )?.title,
    ).toBe('Minister');
  });
});

describe('firstDay and lastDay', () => {
  it('read a partial date as the span it covers', () => {
    expect([
      firstDay('2012-05'),
      lastDay('2012-05'),
      lastDay('2008'),
      lastDay('2024-02'),
      lastDay('2025-06-29'),
    ]).toEqual(['2012-05-01', '2012-05-31', '2008-12-31', '2024-02-29', '2025-06-29']);
  });
  it('keep a role to the end of its last month', () => {
    const person = { roles: [{ title: 'Ambassador', to: { value: '2008-07', precision: 'month' as const } }] };
    expect(roleAt(person, '2008-07-31')?.title).toBe('Ambassador');
    expect(roleAt(person, '2008-08-01')).toBeUndefined();
  });
});

describe('excerptOf', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text =
      'Working contact with the Americans is ongoing. The issue is on the agenda, but has not yet moved into a practical plane, they said at length.';
    const excerpt = excerptOf(text, 60);
    expect(excerpt).toBe('Working contact with the Americans is ongoing. The issue is…');
  });
  it('keeps short text whole', () => {
    expect(excerptOf('Short.', 60)).toBe('Short.');
  });
});

describe('relay chains', () => {
  const model = buildStoryModel({
    ...input,
    statements: [
      statement({ id: 'relayed', by: 'zoe-okafor', source: [cite('gazette', 'radio', 'wire')] }),
      statement({ id: 'two', by: 'zoe-okafor', source: [cite('gazette'), cite('radio', 'wire')] }),
    ],
  });
  it('say each citation in words, to any depth, ending at an outlet with no known item', () => {
    const [relayed, two] = model.statements;
    expect(relayed?.citations.map((citation) => citation.label)).toEqual([
      'Town Gazette, citing Council Radio, citing Wire Agency',
    ]);
    expect(relayed?.citations[0]?.citing.map((link) => link.kind)).toEqual(['source', 'publisher']);
    expect(two?.citations.map((citation) => citation.label)).toEqual([
      'Town Gazette',
      'Council Radio, citing Wire Agency',
    ]);
  });
  it('belong to the citation, not to the source', () => {
    const plain = buildStoryModel({ ...input, statements: [statement({ id: 'plain', by: 'zoe-okafor' })] });
    expect(plain.statements[0]?.citations[0]?.label).toBe('Town Gazette');
  });
  it('put every item of a chain in the source list', () => {
    expect(model.sources.map((source) => source.id)).toEqual(['gazette', 'radio']);
  });
});

describe('versions of a statement', () => {
  const model = buildStoryModel({
    ...input,
    statements: [
      statement({
        id: 'greeting',
        by: 'zoe-okafor',
        text: 'Good afternoon, dear neighbour.',
        spoken: 'ru',
        versions: [
          { text: 'Good afternoon, neighbor', lang: 'en', source: [cite('radio')], file: 'x.mdx', line: 3 },
          { text: 'Добрый день, дорогой сосед.', lang: 'ru', source: [cite('radio', 'wire')], file: 'x.mdx', line: 5 },
        ],
      }),
    ],
  });
  const [greeting] = model.statements;
  it('list the rendering shown first, then the others, each with its language and source', () => {
    expect(
      greeting?.renderings.map((rendering) => [rendering.lang, rendering.original, rendering.citations[0]?.label]),
    ).toEqual([
      ['en', false, 'Town Gazette'],
      ['en', false, 'Council Radio'],
      // In the language spoken, but no source is an original record: a copy, not the original.
      ['ru', false, 'Council Radio, citing Wire Agency'],
    ]);
    expect(greeting?.renderings.map((rendering) => rendering.kind)).toEqual(['translation', 'translation', 'copy']);
  });
  it('keep the language spoken apart from the language of the words shown', () => {
    expect([greeting?.spokenLanguage, greeting?.wordsLanguage]).toEqual(['ru', 'en']);
  });
});

describe('replies across stories', () => {
  const asked = statement({
    id: 'asked',
    by: 'zoe-okafor',
    story: 'first',
    date: { value: '2024-05-01', precision: 'day' },
  });
  const answer = statement({
    id: 'answer',
    by: 'ana-lopez',
    story: 'second',
    date: { value: '2024-05-02', precision: 'day' },
    answers: { story: 'first', id: 'asked' },
    replyPassage: 'responding to the council',
  });
  const replies = buildReplyIndex([asked, answer], people);
  it('link both ends, with who and when', () => {
    expect(replies.get('second#answer')?.answers).toMatchObject({
      story: 'first',
      id: 'asked',
      label: 'Okafor, 1 May 2024',
    });
    expect(replies.get('first#asked')?.answeredBy).toEqual([
      expect.objectContaining({ story: 'second', id: 'answer', label: 'López, 2 May 2024' }),
    ]);
  });
  it('say when the source itself calls it a reply, and keep its words', () => {
    expect(replies.get('second#answer')?.answers).toMatchObject({
      basis: 'source',
      passage: 'responding to the council',
      text: 'In reply to Okafor, 1 May 2024 (the source says so)',
    });
    expect(replies.get('first#asked')?.answeredBy[0]?.text).toBe('Answered by López, 2 May 2024 (the source says so)');
  });
  it('say when the reply is the explainer’s own reading', () => {
    const ours = buildReplyIndex([asked, { ...answer, replyPassage: undefined, replyBasis: 'ours' }], people);
    expect(ours.get('second#answer')?.answers).toMatchObject({
      basis: 'ours',
      passage: undefined,
      lead: 'We read this as a reply to',
      note: '',
      text: 'We read this as a reply to Okafor, 1 May 2024',
    });
    expect(ours.get('first#asked')?.answeredBy[0]?.text).toBe('Answered by López, 2 May 2024 (as we read it)');
  });
  it('leave out a link whose basis is not given', () => {
    const unsaid = buildReplyIndex([asked, { ...answer, replyPassage: undefined }], people);
    expect(unsaid.get('second#answer')).toBeUndefined();
    expect(unsaid.get('first#asked')).toBeUndefined();
  });
  it('reach the page model', () => {
    const first = buildStoryModel({ ...input, statements: [asked], replies });
    expect(first.statements[0]?.answeredBy.map((link) => link.id)).toEqual(['answer']);
  });
});

describe('role at the time', () => {
  const changing = {
    roles: [
      { title: 'Deputy', to: { value: '2024-05-10', precision: 'day' as const } },
      { title: 'Minister', from: { value: '2024-05-11', precision: 'day' as const } },
    ],
  };
  it('is the role held throughout the days a statement may have been said', () => {
    const window = statementWindow(undefined, '2024-06-30');
    expect(roleDuring(changing, window.from, window.to)?.title).toBe('Minister');
  });
  it('is left out when the role changed in the days before an undated statement’s source', () => {
    const window = statementWindow(undefined, '2024-05-20');
    expect(window).toEqual({ from: '2024-04-20', to: '2024-05-20' });
    expect(roleDuring(changing, window.from, window.to)).toBeUndefined();
  });
  it('is left out when it changed within a month-precision date', () => {
    const window = statementWindow({ value: '2024-05', precision: 'month' }, '2024-06-01');
    expect(roleDuring(changing, window.from, window.to)).toBeUndefined();
  });
});
