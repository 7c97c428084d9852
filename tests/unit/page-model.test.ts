import { describe, expect, it } from 'vitest';
import { buildStoryModel, excerptOf, type StoryInput } from '../../src/lib/page-model.ts';
import { firstDay, lastDay, roleAt } from '../../src/lib/roles.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Statement } from '../../src/schemas/statement.ts';

const people = new Map<string, Person>([
  [
    'ana-lopez',
    {
      name: 'Ana López',
      description: 'Mayor of a small town.',
      roles: [
        { title: 'Councillor', from: { value: '2015', precision: 'year' }, to: { value: '2019', precision: 'year' } },
        { title: 'Mayor', from: { value: '2020-01-01', precision: 'day' } },
      ],
    },
  ],
  [
    'zoe-okafor',
    { name: 'Zoë Okafor', shortName: 'Okafor', description: 'Spokesperson.', roles: [{ title: 'Spokesperson' }] },
  ],
  ['sam-silent', { name: 'Sam Silent', description: 'Quoted by no one.', roles: [{ title: 'Observer' }] }],
]);

const sources = new Map<string, Source>([
  ['gazette', { publisher: 'Town Gazette', title: 'Bridge', date: '2024-05-02', language: 'en', relays: 'radio' }],
  ['radio', { publisher: 'Council Radio', title: 'Bulletin', date: '2024-05-01', language: 'en' }],
]);

let position = 0;
function statement(partial: Partial<Statement> & Pick<Statement, 'id' | 'by'>): Statement {
  return {
    mode: 'direct',
    source: ['gazette'],
    text: 'Words.',
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
  statements: [
    statement({
      id: 'okafor-1',
      by: 'zoe-okafor',
      mode: 'paraphrase',
      date: { value: '2024-05-01', precision: 'day' },
      source: ['radio'],
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
  it('places each statement in the article or its section', () => {
    expect(model.statements.map((s) => s.place.id)).toEqual(['article', 'article', 'the-council', 'article']);
  });
  it('lists cited sources once, main sources first, with what they relay', () => {
    expect(model.sources.map((s) => s.id)).toEqual(['gazette', 'radio']);
    expect(model.sources[0]?.relays?.publisher).toBe('Council Radio');
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
