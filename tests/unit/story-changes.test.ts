import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/models/story-model.ts';
import { buildStoryContext } from '../../src/lib/models/story-context.ts';
import {
  buildStoryChanges,
  distinctLabels,
  frontMatterSources,
  markCorrectedStatements,
} from '../../src/lib/models/story-changes.ts';
import { translationNote } from '../../src/lib/models/translation.ts';
import { storySchema } from '../../src/schemas/story.ts';
import type { Statement } from '../../src/schemas/statement.ts';

const front = storySchema.parse({
  title: 'Will the bridge reopen?',
  summary: 'What the mayor said.',
  published: '2024-05-03',
  asOf: '2024-05-03',
  sources: ['gazette'],
  events: [
    { date: '2024-05-02', what: 'The council meets', source: 'radio' },
    { date: '2024-05-01', what: 'The bridge closes', where: 'Old Town', source: 'gazette' },
  ],
  updates: [
    { date: '2024-06-02', text: 'The bridge reopened; the mayor\'s "June" held.', story: 'bridge-reopens' },
    { date: '2024-05-20', text: 'Repairs began.', source: 'radio' },
  ],
  corrections: [
    { date: '2024-05-10', wrong: 'We said "July".', right: 'She said June.', statements: ['reopen', 'bolts'] },
    {
      date: '2024-05-04',
      wrong: 'We named the wrong mayor.',
      right: 'Ana López is the mayor.',
      statements: ['reopen'],
    },
  ],
});

let position = 0;
function statement(partial: Partial<Statement> & Pick<Statement, 'id'>): Statement {
  return {
    by: 'ana-lopez',
    mode: 'direct',
    source: [{ source: 'gazette', citing: [] }],
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

const model = buildStoryModel({
  mainSources: ['gazette'],
  sections: [],
  statements: [
    statement({ id: 'reopen', date: { value: '2024-05-02', precision: 'day' }, spoken: 'es' }),
    statement({ id: 'bolts', mode: 'paraphrase', spoken: 'es' }),
    statement({
      id: 'greeting',
      date: { value: '2024-05-01', precision: 'day' },
      spoken: 'es',
      versions: [{ text: 'Hola.', lang: 'es', source: [{ source: 'radio', citing: [] }], file: 'x.mdx', line: 2 }],
    }),
    statement({
      id: 'copied',
      spoken: 'es',
      versions: [{ text: 'Hola.', lang: 'es', source: [{ source: 'gazette', citing: [] }], file: 'x.mdx', line: 3 }],
    }),
    statement({ id: 'english', date: { value: '2024-05', precision: 'month' }, spoken: 'en' }),
  ],
  people: new Map([['ana-lopez', { name: 'Ana López', spellings: [], description: 'Mayor.', roles: [] }]]),
  sources: new Map([
    ['gazette', { publisher: 'town-gazette', title: 'Bridge', date: '2024-05-02', language: 'en' }],
    ['radio', { publisher: 'town-gazette', title: 'Bulletin', date: '2024-05-01', language: 'es', original: true }],
  ]),
  publishers: new Map([['town-gazette', { name: 'Town Gazette', description: 'Local newspaper', country: 'GB' }]]),
});

describe('updates and corrections in the story front matter', () => {
  it('default to none', () => {
    const bare = storySchema.parse({ ...front, updates: undefined, corrections: undefined });
    expect([bare.updates, bare.corrections]).toEqual([[], []]);
  });

  it('refuse a correction that does not say what is right', () => {
    const result = storySchema.safeParse({
      ...front,
      corrections: [{ date: '2024-05-10', wrong: 'We said July.', statements: [] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['corrections', 0, 'right']);
  });

  it('refuse a blank "wrong", and an update without text', () => {
    expect(
      storySchema.safeParse({ ...front, corrections: [{ date: '2024-05-10', wrong: ' ', right: 'June.' }] }).success,
    ).toBe(false);
    expect(storySchema.safeParse({ ...front, updates: [{ date: '2024-05-10' }] }).success).toBe(false);
  });
});

describe('the story’s changes', () => {
  const changes = buildStoryChanges({
    updates: front.updates,
    corrections: front.corrections,
    statements: model.statements,
    storyTitle: (slug) => (slug === 'bridge-reopens' ? 'The bridge "reopens"' : undefined),
  });

  it('are oldest first, numbered and anchored in that order', () => {
    expect(changes.updates.map((update) => [update.anchor, update.date])).toEqual([
      ['update-1', '2024-05-20'],
      ['update-2', '2024-06-02'],
    ]);
    expect(changes.corrections.map((correction) => [correction.number, correction.anchor, correction.date])).toEqual([
      [1, 'correction-1', '2024-05-04'],
      [2, 'correction-2', '2024-05-10'],
    ]);
  });

  it('set their text like the body: curly quotes and apostrophes', () => {
    expect(changes.updates[1]?.text).toBe('The bridge reopened; the mayor’s “June” held.');
    expect(changes.corrections[1]?.wrong).toBe('We said “July”.');
    expect(changes.updates[1]?.story).toEqual({ slug: 'bridge-reopens', title: 'The bridge “reopens”' });
  });

  it('link an update to a story only when that story is on the site', () => {
    const unlisted = buildStoryChanges({ ...front, statements: model.statements, storyTitle: () => undefined });
    expect(unlisted.updates[1]?.story).toBeUndefined();
    expect(changes.updates[0]?.source).toBe('radio');
  });

  it('name each statement a correction affects by speaker and date', () => {
    expect(changes.corrections[1]?.statements).toEqual([
      { id: 'reopen', label: 'López, 2 May 2024' },
      { id: 'bolts', label: 'López' },
    ]);
  });

  it('mark each affected statement with its corrections, oldest first, and the others with none', () => {
    markCorrectedStatements(model.statements, changes);
    const marks = new Map(model.statements.map((view) => [view.id, view.corrections.map((mark) => mark.anchor)]));
    expect(Object.fromEntries(marks)).toEqual({
      reopen: ['correction-1', 'correction-2'],
      bolts: ['correction-2'],
      greeting: [],
      copied: [],
      english: [],
    });
    expect(model.statements[0]?.corrections[0]).toEqual({
      anchor: 'correction-1',
      date: '2024-05-04',
      dateLabel: '4 May 2024',
    });
  });

  it('name statements of one speaker and day apart by their opening words, so that each link says where it goes', () => {
    expect(
      distinctLabels([
        { id: 'a', label: 'Ushakov, 29 June 2025', opening: 'Working contact with the…' },
        { id: 'b', label: 'Ushakov, 29 June 2025', opening: 'It could happen at any moment' },
        { id: 'c', label: 'Trump, 4 June 2025', opening: 'it was a good conversation…' },
      ]),
    ).toEqual([
      { id: 'a', label: 'Ushakov, 29 June 2025: “Working contact with the…”' },
      { id: 'b', label: 'Ushakov, 29 June 2025: “It could happen at any moment”' },
      { id: 'c', label: 'Trump, 4 June 2025' },
    ]);
  });

  it('cite sources that join the story’s list: those of events and updates', () => {
    expect(frontMatterSources(front)).toEqual(['radio', 'gazette', 'radio']);
  });
});

describe('the translation note', () => {
  const view = (id: string) => {
    const found = model.statements.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no statement ${id}`);
    return found;
  };
  const note = (id: string) => translationNote(view(id));

  it('says who translated a quote, and in which language a paraphrase was said and who reported it', () => {
    expect(note('reopen')).toEqual({ text: 'Translated from Spanish by Town Gazette', spokenWords: undefined });
    expect(note('bolts')).toEqual({
      text: 'Said in Spanish; reported in English by Town Gazette',
      spokenWords: undefined,
    });
  });

  it('knows when the versions have the words in the language spoken: the original only from an original record', () => {
    expect(note('greeting')).toEqual({
      text: 'Translated from Spanish by Town Gazette',
      spokenWords: { kind: 'original', label: 'the original words' },
    });
    expect(note('copied')).toEqual({
      text: 'Translated from Spanish by Town Gazette',
      spokenWords: { kind: 'copy', label: 'the words in Spanish' },
    });
  });

  it('is not shown for words in the language spoken, nor when the language is not known', () => {
    expect(note('english')).toBeUndefined();
    const unknown = { ...view('reopen'), spokenLanguage: undefined };
    expect(translationNote(unknown)).toBeUndefined();
  });
});

describe('the story context', () => {
  const context = buildStoryContext(
    { slug: 'bridge', draft: false, front, model },
    new Map([['bridge-reopens', 'The bridge reopens']]),
  );

  it('puts events and dated statements in date order, events first on a day, the month after its days', () => {
    expect(
      context.timeline.map((day) => [
        day.date,
        day.entries.map((entry) => (entry.kind === 'event' ? entry.what : entry.statement)),
      ]),
    ).toEqual([
      ['2024-05-01', ['The bridge closes', 'greeting']],
      ['2024-05-02', ['The council meets', 'reopen']],
      ['2024-05', ['english']],
    ]);
  });

  it('gives each statement of the timeline its speaker’s mark', () => {
    const entry = context.timeline[0]?.entries[1];
    expect(entry?.kind === 'statement' && [entry.speakerShortName, entry.mark]).toEqual([
      'López',
      { colour: 1, initial: 'L' },
    ]);
  });

  it('lists the sources of events and updates too, after those the text cites', () => {
    expect(context.sources.map((source) => source.id)).toEqual(['gazette', 'radio']);
  });
});
