import { describe, expect, it } from 'vitest';
import { buildStoryModel, type StoryInput } from '../../src/lib/models/story-model.ts';
import {
  buildSidebar,
  countLabel,
  paraphraseSentence,
  readableExcerpt,
  type SidebarSpeaker,
} from '../../src/lib/models/sidebar.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Publisher } from '../../src/schemas/publisher.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Statement } from '../../src/schemas/statement.ts';

const people = new Map<string, Person>([
  [
    'anna-kowalska',
    {
      name: 'Anna Kowalska',
      spellings: [],
      description: 'Spokesperson of the port authority.',
      roles: [{ title: 'Spokesperson' }],
    },
  ],
  [
    'jiri-novak',
    {
      name: 'Jiří Novák',
      spellings: [],
      description: 'Harbour master, then mayor.',
      roles: [
        { title: 'Harbour master', to: { value: '2023-12-31', precision: 'day' } },
        { title: 'Mayor', from: { value: '2024-01-01', precision: 'day' } },
      ],
    },
  ],
]);

const sources = new Map<string, Source>([
  ['radio-05-01', { publisher: 'port-radio', title: 'Interview', date: '2024-05-01', language: 'en' }],
  ['gazette-05-02', { publisher: 'gazette', title: 'The interview', date: '2024-05-02', language: 'en' }],
  ['gazette-03-10', { publisher: 'gazette', title: 'March', date: '2024-03-10', language: 'en' }],
  ['gazette-2023', { publisher: 'gazette', title: 'Old news', date: '2023-06-01', language: 'en' }],
]);

const publishers = new Map<string, Publisher>([
  ['gazette', { name: 'Harbour Gazette', description: 'Local newspaper', country: 'GB' }],
  ['port-radio', { name: 'Port Radio', description: 'Local radio', country: 'GB' }],
]);

let position = 0;
/** A statement of the story, written in this order in the text. */
function statement(partial: Partial<Statement> & Pick<Statement, 'id' | 'by'>): Statement {
  return {
    mode: 'direct',
    source: [{ source: 'gazette-05-02', citing: ['radio-05-01'] }],
    text: 'Words.',
    idWritten: true,
    versions: [],
    story: 'harbour',
    position: position++,
    file: 'content/explainers/harbour/index.mdx',
    line: 1,
    ...partial,
  };
}

const day = (value: string) => ({ value, precision: 'day' as const });
const interview = { venue: 'Interview with the Gazette', channel: 'Port Radio' };

/** In the order of the text: the interview of 1 May first, an older statement later, then more. */
const statements: Statement[] = [
  statement({ id: 'may-1', by: 'anna-kowalska', date: day('2024-05-01'), ...interview }),
  statement({
    id: 'novak-may',
    by: 'jiri-novak',
    date: day('2024-05-01'),
    source: [{ source: 'gazette-05-02', citing: [] }],
  }),
  statement({
    id: 'may-2',
    by: 'anna-kowalska',
    date: day('2024-05-01'),
    mode: 'paraphrase',
    text: 'the port would reopen',
    ...interview,
  }),
  statement({ id: 'undated', by: 'anna-kowalska', source: [{ source: 'gazette-03-10', citing: [] }] }),
  statement({
    id: 'march',
    by: 'anna-kowalska',
    date: day('2024-03-10'),
    source: [{ source: 'gazette-03-10', citing: [] }],
  }),
  statement({
    id: 'may-3',
    by: 'anna-kowalska',
    date: day('2024-05-01'),
    source: [{ source: 'radio-05-01', citing: [] }],
    ...interview,
  }),
  statement({
    id: 'in-2024',
    by: 'anna-kowalska',
    date: { value: '2024', precision: 'year' },
    source: [{ source: 'gazette-03-10', citing: [] }],
  }),
  statement({
    id: 'novak-2023',
    by: 'jiri-novak',
    date: day('2023-06-01'),
    mode: 'paraphrase',
    source: [{ source: 'gazette-2023', citing: [] }],
  }),
];

const input: StoryInput = { mainSources: [], sections: [], statements, people, sources, publishers };
const sidebar = buildSidebar(buildStoryModel(input).speakers);
const speaker = (id: string): SidebarSpeaker => {
  const found = sidebar.speakers.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no speaker ${id}`);
  return found;
};
const entryIds = (found: SidebarSpeaker) =>
  found.occasions.flatMap((occasion) =>
    occasion.reports.flatMap((report) => report.entries.map((entry) => entry.statement.id)),
  );

describe('the roster', () => {
  it('lists every speaker in the order they first speak in the text', () => {
    expect(sidebar.speakers.map((found) => found.name)).toEqual(['Anna Kowalska', 'Jiří Novák']);
  });
  it('counts each speaker’s statements, quoted and paraphrased, and all of them', () => {
    expect(speaker('anna-kowalska').counts).toEqual({ total: 6, quoted: 5, paraphrased: 1 });
    expect(speaker('anna-kowalska').countLabel).toBe('6 statements: 5 quoted, 1 paraphrased');
    expect(speaker('jiri-novak').countLabel).toBe('2 statements: 1 quoted, 1 paraphrased');
    expect(sidebar.total).toBe(8);
  });
  it('gives the role shared by all statements, or the description when the role changed', () => {
    expect(speaker('anna-kowalska').about).toBe('Spokesperson');
    expect(speaker('jiri-novak').about).toBe('Harbour master, then mayor.');
  });
  it('keeps each speaker’s mark', () => {
    expect(sidebar.speakers.map((found) => found.mark)).toEqual([
      { colour: 1, initial: 'K' },
      { colour: 2, initial: 'N' },
    ]);
  });
  it('is empty for a story without statements', () => {
    expect(buildSidebar([])).toEqual({ speakers: [], total: 0 });
  });
});

describe('countLabel', () => {
  it('says how many, and how they reach the reader', () => {
    expect(countLabel({ total: 1, quoted: 1, paraphrased: 0 })).toBe('1 statement, quoted');
    expect(countLabel({ total: 1, quoted: 0, paraphrased: 1 })).toBe('1 statement, paraphrased');
    expect(countLabel({ total: 2, quoted: 0, paraphrased: 2 })).toBe('2 statements, both paraphrased');
    expect(countLabel({ total: 5, quoted: 5, paraphrased: 0 })).toBe('5 statements, all quoted');
    expect(countLabel({ total: 6, quoted: 4, paraphrased: 2 })).toBe('6 statements: 4 quoted, 2 paraphrased');
  });
});

describe('a speaker’s entries', () => {
  it('read in the order they were said, the text’s order within a day, undated ones last', () => {
    expect(entryIds(speaker('anna-kowalska'))).toEqual(['in-2024', 'march', 'may-1', 'may-2', 'may-3', 'undated']);
    expect(entryIds(speaker('jiri-novak'))).toEqual(['novak-2023', 'novak-may']);
  });
  it('group an occasion’s entries (one day, venue and channel), and within it those of one report', () => {
    const occasions = speaker('anna-kowalska').occasions;
    expect(occasions.map((occasion) => [occasion.venue, occasion.channel])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      ['Interview with the Gazette', 'Port Radio'],
      [undefined, undefined],
    ]);
    const reports = occasions[2]?.reports ?? [];
    expect(reports.map((report) => report.entries.map((entry) => entry.statement.id))).toEqual([
      ['may-1', 'may-2'],
      ['may-3'],
    ]);
    expect(reports.map((report) => report.citations.map((citation) => citation.label))).toEqual([
      ['Harbour Gazette, citing Port Radio'],
      ['Port Radio'],
    ]);
  });
  it('keep apart what the same venue heard on other days', () => {
    const other = statement({ id: 'may-9', by: 'anna-kowalska', date: day('2024-05-09'), ...interview });
    const [found] = buildSidebar(buildStoryModel({ ...input, statements: [...statements, other] }).speakers).speakers;
    expect(found?.occasions.filter((occasion) => occasion.venue === interview.venue)).toHaveLength(2);
  });
  it('keep apart a post from what was said the same day, and name its platform', () => {
    const post = statement({
      id: 'may-1-post',
      by: 'anna-kowalska',
      date: day('2024-05-01'),
      delivery: { kind: 'posted', platform: 'Harbour Forum' },
    });
    const [found] = buildSidebar(buildStoryModel({ ...input, statements: [...statements, post] }).speakers).speakers;
    const posted = found?.occasions.find((occasion) => occasion.platform === 'Harbour Forum');
    expect(posted?.reports.flatMap((report) => report.entries.map((entry) => entry.statement.label))).toEqual([
      'Posted · Quoted',
    ]);
  });
  it('show the role on each entry only when the speaker’s role changed', () => {
    const roles = (found: SidebarSpeaker) =>
      found.occasions.flatMap((occasion) =>
        occasion.reports.flatMap((report) => report.entries.map((entry) => entry.role)),
      );
    expect(roles(speaker('anna-kowalska')).every((role) => role === undefined)).toBe(true);
    expect(roles(speaker('jiri-novak'))).toEqual(['Harbour master', 'Mayor']);
  });
  it('show a paraphrase as a sentence of its own', () => {
    const entry = speaker('anna-kowalska').occasions[2]?.reports[0]?.entries[1];
    expect(entry?.excerpt).toBe('Said that the port would reopen.');
  });
});

describe('paraphraseSentence', () => {
  it('reads a paraphrase that continues the article’s sentence as what the speaker said', () => {
    expect(paraphraseSentence('the systems are “very hard to get”')).toBe(
      'Said that the systems are “very hard to get”.',
    );
    expect(paraphraseSentence('he was ready for talks, he said, ')).toBe('Said that he was ready for talks, he said.');
  });
  it('reads one that names what the speaker described as such', () => {
    expect(paraphraseSentence('the talks as “long and substantive”')).toBe(
      'Described the talks as “long and substantive”.',
    );
    expect(paraphraseSentence('his call with the president as a “lengthy conversation” and supported it')).toBe(
      'Described his call with the president as a “lengthy conversation” and supported it.',
    );
  });
  it('marks a paraphrase that is already a sentence as the substance, never as bare words, and keeps its full stop', () => {
    expect(paraphraseSentence('The port will reopen in June.')).toBe('In substance: The port will reopen in June.');
    expect(paraphraseSentence('Élan was lost')).toBe('In substance: Élan was lost.');
    expect(paraphraseSentence('it would reopen “soon”!')).toBe('Said that it would reopen “soon”!');
    expect(paraphraseSentence('“great respect” was owed')).toBe('Said that “great respect” was owed.');
  });
});

describe('readableExcerpt', () => {
  const three =
    'Working contact with the Americans is ongoing. The issue is on the agenda, but has not yet moved into a practical plane. But the parties intend to raise it one way or another.';
  it('leaves a short text whole', () => {
    expect(readableExcerpt('It could happen at any moment.', 60)).toBe('It could happen at any moment.');
  });
  it('keeps the whole sentences that fit, and marks the cut', () => {
    expect(readableExcerpt(three, 130)).toBe(
      'Working contact with the Americans is ongoing. The issue is on the agenda, but has not yet moved into a practical plane. …',
    );
  });
  it('goes on into the next sentence when the whole ones would fill less than half the room', () => {
    expect(readableExcerpt(three, 100)).toBe(
      'Working contact with the Americans is ongoing. The issue is on the agenda, but has not yet moved…',
    );
  });
  it('cuts one long sentence at its last clause, else at a word', () => {
    const long =
      'It could be a meeting that the two teams prepare seriously, or the leaders could simply agree to meet';
    expect(readableExcerpt(long, 80)).toBe('It could be a meeting that the two teams prepare seriously…');
    expect(readableExcerpt('One two three four five six seven eight nine ten', 30)).toBe(
      'One two three four five six…',
    );
  });
});
