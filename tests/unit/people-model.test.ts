import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/models/story-model.ts';
import { appearanceLabel, buildPeople, rolePeriod } from '../../src/lib/models/people.ts';
import { namesPerson } from '../../src/lib/models/person-names.ts';
import { buildStorySummaries, keyQuoteOf } from '../../src/lib/models/home.ts';
import {
  buildTimeline,
  dateSortKey,
  silenceBetween,
  timelineDays,
  timelineFilters,
  timelineMonths,
} from '../../src/lib/models/site-timeline.ts';
import { exportPerson } from '../../src/lib/exports/people-json.ts';
import { type ListedStory, type SiteInput } from '../../src/lib/models/listed-stories.ts';
import type { Person } from '../../src/schemas/person.ts';
import type { Publisher } from '../../src/schemas/publisher.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { StoryEvent } from '../../src/schemas/story.ts';
import type { Statement } from '../../src/schemas/statement.ts';

function fail(message: string): never {
  throw new Error(message);
}

const day = (value: string) => ({ value, precision: 'day' as const });

const people = new Map<string, Person>([
  [
    'ana-lopez',
    {
      name: 'Ana López',
      spellings: ['Ana Lopes'],
      description: 'Mayor of a small town.',
      roles: [
        { title: 'Councillor', from: { value: '2015', precision: 'year' }, to: day('2024-05-15') },
        { title: 'Mayor', from: day('2024-05-16') },
      ],
    },
  ],
  [
    'zoe-okafor',
    {
      name: 'Zoë Okafor',
      shortName: 'Okafor',
      spellings: [],
      description: 'Spokesperson.',
      roles: [{ title: 'Spokesperson' }],
    },
  ],
  [
    'ivo-petrov',
    { name: 'Ivo Petrov', spellings: ['Ivo Petroff'], description: 'Stallholder.', roles: [{ title: 'Stallholder' }] },
  ],
  ['nell-never', { name: 'Nell Never', spellings: [], description: 'Named nowhere.', roles: [{ title: 'Observer' }] }],
]);

const sources = new Map<string, Source>([
  ['gazette', { publisher: 'town-gazette', title: 'Bridge', date: '2024-05-02', language: 'en' }],
  ['radio', { publisher: 'council-radio', title: 'Bulletin', date: '2024-05-01', language: 'en' }],
]);

const publishers = new Map<string, Publisher>([
  ['town-gazette', { name: 'Town Gazette', description: 'Local newspaper', country: 'GB' }],
  ['council-radio', { name: 'Council Radio', description: 'The council’s radio station', country: 'GB' }],
]);

function statements(story: string, partials: (Partial<Statement> & Pick<Statement, 'id' | 'by'>)[]): Statement[] {
  return partials.map((partial, position) => ({
    mode: 'direct',
    source: [{ source: 'gazette', citing: [] }],
    text: `Words of ${partial.id}.`,
    idWritten: true,
    versions: [],
    story,
    position,
    file: `content/explainers/${story}/index.mdx`,
    line: 1,
    ...partial,
  }));
}

function story(
  slug: string,
  fields: { published: string; asOf: string; events?: StoryEvent[]; texts?: string[] },
  said: Statement[],
): ListedStory {
  const model = buildStoryModel({
    mainSources: ['gazette'],
    sections: [],
    statements: said,
    people,
    sources,
    publishers,
  });
  return {
    slug,
    title: `The ${slug}`,
    summary: `About the ${slug}.`,
    published: fields.published,
    asOf: fields.asOf,
    draft: false,
    events: fields.events ?? [],
    texts: fields.texts ?? [],
    statements: model.statements,
  };
}

/** Two stories, newest first; the newer one has statements older than some of the older one's. */
const input: SiteInput = {
  people,
  stories: [
    story(
      'market',
      {
        published: '2024-06-10',
        asOf: '2024-06-05',
        events: [
          { date: '2024-05-01', what: 'The market closes', where: 'Town square', source: 'radio' },
          { date: '2024-04-01', what: 'Stalls are booked', source: 'radio' },
        ],
        texts: ['Ivo Petroff runs a stall. {/* Nell Never to confirm */} Petrovich is someone else.'],
      },
      statements('market', [
        { id: 'lopez-june', by: 'ana-lopez', date: day('2024-06-01'), venue: 'Town hall' },
        { id: 'lopez-april', by: 'ana-lopez', date: day('2024-04-30') },
        { id: 'lopez-undated-radio', by: 'ana-lopez', mode: 'paraphrase', source: [{ source: 'radio', citing: [] }] },
        { id: 'okafor-market', by: 'zoe-okafor', date: day('2024-05-01') },
        { id: 'lopez-same-day', by: 'ana-lopez', date: day('2024-05-02') },
      ]),
    ),
    story(
      'bridge',
      {
        published: '2024-05-05',
        asOf: '2024-05-03',
        events: [{ date: '2024-05-02', what: 'The bridge opens', source: 'gazette' }],
        texts: ['Ana López opened the bridge.', 'A section.'],
      },
      statements('bridge', [
        { id: 'okafor-1', by: 'zoe-okafor', mode: 'paraphrase', date: day('2024-05-01') },
        {
          id: 'lopez-1',
          by: 'ana-lopez',
          date: day('2024-05-02'),
          delivery: { kind: 'posted', platform: 'Town Forum' },
          versions: [
            { text: 'Other words.', lang: 'en', source: [{ source: 'radio', citing: [] }], file: 'x.mdx', line: 2 },
          ],
        },
        { id: 'lopez-old', by: 'ana-lopez', date: { value: '2019', precision: 'year' } },
        { id: 'lopez-undated', by: 'ana-lopez' },
      ]),
    ),
  ],
};

describe('buildPeople', () => {
  const pages = buildPeople(input);
  const page = (id: string) => pages.find((candidate) => candidate.id === id);

  it('orders a person’s statements by date across stories, the older story first on the same day', () => {
    expect(page('ana-lopez')?.statements.map((statement) => `${statement.story.slug}#${statement.id}`)).toEqual([
      'bridge#lopez-old',
      'market#lopez-april',
      'market#lopez-undated-radio',
      'bridge#lopez-1',
      'bridge#lopez-undated',
      'market#lopez-same-day',
      'market#lopez-june',
    ]);
  });
  it('places an undated statement by its source’s date and marks it', () => {
    const undated = page('ana-lopez')?.statements.find((statement) => statement.id === 'lopez-undated-radio');
    expect(undated).toMatchObject({
      undated: true,
      sortDay: '2024-05-01',
      reportedOn: { day: '2024-05-01', label: '1 May 2024' },
      dateLabel: 'Date not given, reported on 1 May 2024',
    });
    const dated = page('ana-lopez')?.statements.find((statement) => statement.id === 'lopez-april');
    expect(dated).toMatchObject({ undated: false, reportedOn: undefined, dateLabel: '30 April 2024' });
  });
  it('shows each statement’s own role when the role changed between them', () => {
    const roles = Object.fromEntries(page('ana-lopez')?.statements.map((s) => [s.id, s.role]) ?? []);
    expect(roles).toMatchObject({ 'lopez-1': 'Councillor', 'lopez-june': 'Mayor', 'lopez-old': 'Councillor' });
  });
  it('gives each statement its story, mode, delivery and number of versions', () => {
    const first = page('ana-lopez')?.statements.find((statement) => statement.id === 'lopez-1');
    expect(first).toMatchObject({
      story: { slug: 'bridge', title: 'The bridge' },
      mode: 'direct',
      modeLabel: 'Quoted',
      label: 'Posted · Quoted',
      versions: 2,
    });
    const old = page('ana-lopez')?.statements.find((statement) => statement.id === 'lopez-old');
    expect(old?.label).toBe('Quoted');
  });
  it('gives a page to a person named in a story’s text by another spelling, with no statements', () => {
    expect(page('ivo-petrov')).toMatchObject({
      stories: [{ slug: 'market', title: 'The market', statements: 0 }],
      statements: [],
    });
  });
  it('gives no page to a person no story quotes or names, even in an editor’s comment', () => {
    expect(page('nell-never')).toBeUndefined();
  });
  it('lists the stories a person appears in, newest first, and everyone by short name', () => {
    expect(page('ana-lopez')?.stories.map((s) => [s.slug, s.statements])).toEqual([
      ['market', 4],
      ['bridge', 3],
    ]);
    expect(pages.map((candidate) => candidate.id)).toEqual(['ana-lopez', 'zoe-okafor', 'ivo-petrov']);
  });
  it('keeps the roles over time with their periods in words', () => {
    expect(page('ana-lopez')?.roles).toEqual([
      { title: 'Councillor', from: '2015', to: '2024-05-15', period: '2015 – 15 May 2024' },
      { title: 'Mayor', from: '2024-05-16', to: undefined, period: 'since 16 May 2024' },
    ]);
    expect(page('zoe-okafor')?.roles[0]?.period).toBeUndefined();
  });
  it('says how often a person appears', () => {
    expect(appearanceLabel(page('ana-lopez') ?? { stories: [], statements: [] })).toBe('7 statements in 2 stories');
    expect(appearanceLabel(page('ivo-petrov') ?? { stories: [], statements: [] })).toBe(
      'Named in 1 story, quoted in none',
    );
  });
  it('exports a person with statements named story#id', () => {
    const exported = exportPerson(page('zoe-okafor') ?? fail('no page for zoe-okafor'), '/people/zoe-okafor/');
    expect(exported).toEqual({
      id: 'zoe-okafor',
      name: 'Zoë Okafor',
      description: 'Spokesperson.',
      spellings: [],
      roles: [{ title: 'Spokesperson', from: null, to: null }],
      statements: ['bridge#okafor-1', 'market#okafor-market'],
      url: '/people/zoe-okafor/',
    });
  });
});

describe('a person’s page gives each statement once, in full, with what the sidebar says of it', () => {
  const quotedTwice: SiteInput = {
    people,
    stories: [
      story(
        'fair',
        { published: '2024-06-02', asOf: '2024-06-01' },
        statements('fair', [
          {
            id: 'okafor-again',
            by: 'zoe-okafor',
            date: day('2024-05-01'),
            text: 'The stalls will stay,  and the market too',
            source: [{ source: 'radio', citing: [] }],
          },
        ]),
      ),
      story(
        'market',
        { published: '2024-05-10', asOf: '2024-05-09' },
        statements('market', [
          {
            id: 'okafor-market',
            by: 'zoe-okafor',
            date: day('2024-05-01'),
            text: 'The stalls will stay, and the market too.',
            venue: 'Town hall',
            channel: 'Council Radio',
          },
          {
            id: 'okafor-long',
            by: 'zoe-okafor',
            mode: 'paraphrase',
            date: day('2024-05-01'),
            text: 'the market would reopen in June once every stall had been inspected and the square repaved',
          },
        ]),
      ),
    ],
  };
  const okafor = buildPeople(quotedTwice).find((candidate) => candidate.id === 'zoe-okafor');
  const [twice, paraphrase] = okafor?.statements ?? [];

  it('words quoted by two stories, the same day, are one entry naming both stories and both sources', () => {
    expect(okafor?.statements).toHaveLength(2);
    expect(twice?.quotedIn).toEqual([
      { story: { slug: 'market', title: 'The market' }, id: 'okafor-market', section: undefined },
      { story: { slug: 'fair', title: 'The fair' }, id: 'okafor-again', section: undefined },
    ]);
    expect(twice?.citations.map(({ citation, story: slug }) => [citation.source.id, slug])).toEqual([
      ['gazette', 'market'],
      ['radio', 'fair'],
    ]);
    expect(exportPerson(okafor ?? fail('no page'), '/people/zoe-okafor/').statements).toEqual([
      'market#okafor-market',
      'fair#okafor-again',
      'market#okafor-long',
    ]);
  });
  it('gives the words whole, a paraphrase as a sentence, with the occasion and the opening words', () => {
    expect(twice).toMatchObject({
      words: 'The stalls will stay, and the market too.',
      where: 'Town hall · Council Radio',
      opening: 'The stalls will stay, and the…',
    });
    expect(paraphrase).toMatchObject({
      words: 'Said that the market would reopen in June once every stall had been inspected and the square repaved.',
      where: undefined,
    });
  });
});

describe('namesPerson', () => {
  const ivo = people.get('ivo-petrov') ?? { name: '', spellings: [] };
  it('finds a name as a whole word, even across a line break', () => {
    expect(namesPerson('Ivo\nPetrov said nothing.', ivo)).toBe(true);
    expect(namesPerson('Petrov’s stall', ivo)).toBe(true);
    expect(namesPerson('Petrovich', ivo)).toBe(false);
    expect(namesPerson('petrov', ivo)).toBe(false);
  });
  it('matches names with characters that mean something in a pattern literally', () => {
    expect(namesPerson('Said J. (Jr.) Doe.', { name: 'J. (Jr.) Doe', spellings: [] })).toBe(true);
    expect(namesPerson('Said Jx (Jr.) Doe.', { name: 'J. (Jr.) Doe', shortName: 'J. (Jr.) Doe', spellings: [] })).toBe(
      false,
    );
  });
});

describe('buildTimeline', () => {
  const timeline = buildTimeline(input);
  const key = (entry: (typeof timeline)[number]) =>
    entry.kind === 'event'
      ? `${entry.date} event: ${entry.what}`
      : `${entry.date} ${entry.story.slug}#${entry.statement}`;

  it('puts every event and dated statement in date order; on the same day events first, then statements in reading order', () => {
    expect(timeline.map(key)).toEqual([
      '2019 bridge#lopez-old',
      '2024-04-01 event: Stalls are booked',
      '2024-04-30 market#lopez-april',
      '2024-05-01 event: The market closes',
      '2024-05-01 bridge#okafor-1',
      '2024-05-01 market#okafor-market',
      '2024-05-02 event: The bridge opens',
      '2024-05-02 bridge#lopez-1',
      '2024-05-02 market#lopez-same-day',
      '2024-06-01 market#lopez-june',
    ]);
  });
  it('says who, what and where, with the statement’s id or the event’s source', () => {
    expect(timeline.find((entry) => entry.kind === 'event' && entry.what === 'The market closes')).toMatchObject({
      where: 'Town square',
      source: 'radio',
      story: { slug: 'market', title: 'The market' },
      dateLabel: '1 May 2024',
    });
    expect(timeline.at(-1)).toMatchObject({
      kind: 'statement',
      statement: 'lopez-june',
      who: { id: 'ana-lopez', name: 'Ana López' },
      what: 'Words of lopez-june.',
      where: 'Town hall',
    });
  });
  it('groups the entries by date, keeping their order', () => {
    const days = timelineDays(timeline);
    expect(days.map((group) => [group.date, group.dateLabel, group.entries.length])).toEqual([
      ['2019', '2019', 1],
      ['2024-04-01', '1 April 2024', 1],
      ['2024-04-30', '30 April 2024', 1],
      ['2024-05-01', '1 May 2024', 3],
      ['2024-05-02', '2 May 2024', 3],
      ['2024-06-01', '1 June 2024', 1],
    ]);
  });
  it('groups them by month, then date, naming each story once on a date, and says a long silence', () => {
    const months = timelineMonths(timeline);
    expect(months.map((month) => [month.month, month.label, month.dates.map((date) => date.date)])).toEqual([
      ['2019', '2019', ['2019']],
      ['2024-04', 'April 2024', ['2024-04-01', '2024-04-30']],
      ['2024-05', 'May 2024', ['2024-05-01', '2024-05-02']],
      ['2024-06', 'June 2024', ['2024-06-01']],
    ]);
    const may1 = months[2]?.dates[0];
    // The market's event and statement of the day under the market's name, the bridge's after it.
    expect(may1?.stories.map((group) => [group.story.slug, group.entries.length])).toEqual([
      ['market', 2],
      ['bridge', 1],
    ]);
    expect(months.flatMap((month) => month.dates.map((date) => date.gapBefore))).toEqual([
      undefined,
      '222 weeks with nothing on record',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(timelineFilters(timeline)).toEqual({
      stories: [
        { id: 'bridge', name: 'The bridge' },
        { id: 'market', name: 'The market' },
      ],
      people: [
        { id: 'ana-lopez', name: 'Ana López' },
        { id: 'zoe-okafor', name: 'Zoë Okafor' },
      ],
    });
  });
  it('puts a date given to the month only after the days of its month, and to the year only after its months', () => {
    expect(
      ['2025-10', '2025-10-08', '2025', '2025-12-01', '2025-09-30'].sort((a, b) =>
        dateSortKey(a).localeCompare(dateSortKey(b)),
      ),
    ).toEqual(['2025-09-30', '2025-10-08', '2025-10', '2025-12-01', '2025']);
  });
  it('counts a silence from the last day a date can mean to the first day of the next', () => {
    expect(silenceBetween('2025-06-29', '2025-08-15')).toBe('7 weeks with nothing on record');
    expect(silenceBetween('2025-08-16', '2025-09-10')).toBeUndefined();
    expect(silenceBetween('2025-06', '2025-07-20')).toBeUndefined();
    expect(silenceBetween('2025-06', '2025-08-20')).toBe('7 weeks with nothing on record');
  });
});

describe('buildStorySummaries', () => {
  const summaries = buildStorySummaries(input);

  it('keeps the stories newest first, each with its speakers in order of first appearance', () => {
    expect(summaries.map((summary) => [summary.slug, summary.speakers.map((speaker) => speaker.name)])).toEqual([
      ['market', ['Ana López', 'Zoë Okafor']],
      ['bridge', ['Zoë Okafor', 'Ana López']],
    ]);
  });
  it('spans from the earliest dated statement or event to the story’s as-of day', () => {
    expect(summaries.map((summary) => summary.span)).toEqual([
      { from: '2024-04-01', to: '2024-06-05', label: '1 April 2024 – 5 June 2024' },
      { from: '2019', to: '2024-05-03', label: '2019 – 3 May 2024' },
    ]);
  });
  it('spans only the as-of day when nothing is dated', () => {
    const [bare] = buildStorySummaries({
      people,
      stories: [story('bare', { published: '2024-01-02', asOf: '2024-01-01' }, [])],
    });
    expect(bare?.span).toEqual({ from: '2024-01-01', to: '2024-01-01', label: '1 January 2024' });
    expect(bare?.speakers).toEqual([]);
    expect(bare?.keyQuote).toBeUndefined();
  });
  it('quotes the story’s first quote, passing over a paraphrase before it', () => {
    expect(summaries.map((summary) => summary.keyQuote?.id)).toEqual(['lopez-june', 'lopez-1']);
    expect(summaries[1]?.keyQuote).toMatchObject({ text: 'Words of lopez-1.', speakerName: 'Ana López', lang: 'en' });
  });
  it('quotes the one the editor chose, and never a paraphrase', () => {
    const [market] = input.stories;
    if (!market) fail('no story');
    expect(keyQuoteOf({ ...market, keyQuote: 'okafor-market' })?.id).toBe('okafor-market');
    expect(keyQuoteOf({ ...market, keyQuote: 'lopez-undated-radio' })?.id).toBe('lopez-june');
    const paraphrases = market.statements.filter((view) => view.mode === 'paraphrase');
    expect(keyQuoteOf({ statements: paraphrases, keyQuote: undefined })).toBeUndefined();
  });
  it('says when the quoted words are a translation', () => {
    const [said] = statements('translated', [{ id: 'in-spanish', by: 'ana-lopez', spoken: 'es' }]);
    if (!said) fail('no statement');
    const translated = story('translated', { published: '2024-01-02', asOf: '2024-01-01' }, [said]);
    expect(keyQuoteOf(translated)?.translation).toMatch(/^Translated from Spanish/);
  });
});

describe('rolePeriod', () => {
  it('says the dates of a role in words', () => {
    expect([rolePeriod('1999-01', '2008'), rolePeriod('2012-05', undefined), rolePeriod(undefined, '2008')]).toEqual([
      'January 1999 – 2008',
      'since May 2012',
      'until 2008',
    ]);
  });
});
