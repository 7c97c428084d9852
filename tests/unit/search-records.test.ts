import { describe, expect, it } from 'vitest';
import { searchIndexError, stopOnPagefindErrors } from '../../src/integrations/search-index.ts';
import { orderFilterValues } from '../../src/lib/search/filters.ts';
import { searchFilterValues } from '../../src/lib/search/filter-values.ts';
import {
  indexUrl,
  statementOutlets,
  statementRecords,
  statementTitle,
  type ExportedStatement,
  type SiteStatements,
} from '../../src/lib/search/records.ts';

/** A citation as `statements.json` writes it, of an item its publisher published itself. */
function citation(source: string, publisher: string): ExportedStatement['citations'][number] {
  return {
    source,
    publisher,
    originalPublisher: publisher,
    republishes: null,
    checkedAgainst: { kind: 'excerpt', stored: null },
    citing: [],
    label: publisher,
  };
}

/** A statement as `statements.json` writes it; only what a case needs differs. */
function exported(overrides: Partial<ExportedStatement> = {}): ExportedStatement {
  return {
    id: 'every-bolt',
    story: 'bridge',
    speaker: { id: 'ana-lopez', name: 'Ana López' },
    role: 'Mayor',
    mode: 'direct',
    delivery: null,
    platform: null,
    text: 'We checked every bolt.',
    displayText: 'We checked every bolt.',
    date: '2024-05-01',
    datePrecision: 'day',
    venue: null,
    channel: null,
    spokenLanguage: null,
    language: 'en',
    translator: null,
    citations: [
      {
        ...citation('gazette-2024-05-02', 'gazette'),
        citing: [{ source: null, publisher: 'wire' }],
        label: 'Gazette, citing Wire',
      },
      { ...citation('radio-2024-05-01', 'radio'), label: 'Council Radio' },
      { ...citation('gazette-2024-05-03', 'gazette'), label: 'Gazette' },
    ],
    renderings: [],
    answers: null,
    answeredBy: [],
    section: { id: 'article', title: 'The story' },
    anchor: '/bridge/#every-bolt',
    ...overrides,
  };
}

const PUBLISHERS = new Map([
  ['gazette', 'Town Gazette'],
  ['radio', 'Council Radio'],
  ['wire', 'Wire'],
  ['agency', 'State Agency'],
  ['daily', 'Daily'],
]);

/** What the search knows besides the export: the publishers' names, and no other spellings. */
const CONTEXT = { base: '/', publishers: PUBLISHERS, spellings: new Map<string, string[]>() };

/** A version of a statement as `statements.json` writes it. */
function rendering(displayText: string, language: string, citations: ExportedStatement['citations']) {
  return {
    text: displayText,
    displayText,
    language,
    original: false,
    kind: 'translation' as const,
    translator: null,
    label: language,
    citations,
  };
}

function site(statements: ExportedStatement[]): SiteStatements {
  return {
    stories: [{ slug: 'bridge', title: 'The "safe" bridge', asOf: '2024-05-03', url: '/bridge/' }],
    statements,
  };
}

describe('a statement’s search record', () => {
  it('holds the speaker and the words, with every filter the search offers', () => {
    const [record] = statementRecords(site([exported()]), CONTEXT);
    expect(record).toEqual({
      url: '/bridge/#every-bolt',
      content: 'Ana López:\nWe checked every bolt.',
      language: 'en',
      meta: { title: 'Ana López: “We checked every bolt.”', story: 'The “safe” bridge' },
      filters: {
        speaker: ['Ana López'],
        mode: ['Direct quote'],
        // As the story's page shows its title, so that the page and its statements share one value.
        story: ['The “safe” bridge'],
        // Every outlet the words came through, each once: the Gazette's report relays Wire's.
        publisher: ['Town Gazette', 'Wire', 'Council Radio'],
        kind: ['Statement'],
      },
    });
  });

  it('can be found by how the words reached the public, when the story says', () => {
    const [posted, unsaid] = statementRecords(
      site([exported({ delivery: 'posted', platform: 'Truth Social' }), exported({ id: 'unsaid' })]),
      CONTEXT,
    );
    expect(posted?.filters?.['delivery']).toEqual(['Posted']);
    expect(unsaid?.filters).not.toHaveProperty('delivery');
  });

  it('is found under both outlets of a republished report: the one that republished it, and its own', () => {
    const republished = {
      ...citation('arab-news-2025-10-11', 'gazette'),
      originalPublisher: 'wire',
      republishes: { source: null, publisher: 'wire' },
    };
    const [record] = statementRecords(site([exported({ citations: [republished] })]), CONTEXT);
    expect(record?.filters?.['publisher']).toEqual(['Town Gazette', 'Wire']);
  });

  it('is found by every outlet of every chain, its versions’ included, each once', () => {
    const relayed = { ...citation('gazette-2024-05-02', 'gazette'), citing: [{ source: null, publisher: 'agency' }] };
    const version = rendering('Revisamos cada perno.', 'es', [
      {
        ...citation('daily-2024-05-02', 'daily'),
        originalPublisher: 'wire',
        citing: [{ source: null, publisher: 'agency' }],
      },
    ]);
    const statement = exported({ citations: [relayed], renderings: [version] });
    expect(statementOutlets(statement)).toEqual(['gazette', 'agency', 'daily', 'wire']);
    const [record] = statementRecords(site([statement]), CONTEXT);
    expect(record?.filters?.['publisher']).toEqual(['Town Gazette', 'State Agency', 'Daily', 'Wire']);
  });

  it('holds the words of every version, each in its own language and script, each once', () => {
    const statement = exported({
      displayText: 'Good afternoon, dear neighbour.',
      renderings: [
        rendering('Good afternoon, dear neighbour.', 'en', []),
        rendering('Good afternoon, neighbor', 'en', []),
        rendering('Добрый день, дорогой сосед.', 'ru', []),
      ],
    });
    const [record] = statementRecords(site([statement]), CONTEXT);
    expect(record?.content).toBe(
      'Ana López:\nGood afternoon, dear neighbour.\nGood afternoon, neighbor\nДобрый день, дорогой сосед.',
    );
    // Russian words, in the one index the page searches.
    expect(record?.language).toBe('en');
  });

  it('is found under every spelling of the speaker’s name, the title keeping the one the site uses', () => {
    const spellings = new Map([['ana-lopez', ['Ana Lopez', 'Anna López']]]);
    const [record] = statementRecords(site([exported()]), { ...CONTEXT, spellings });
    expect(record?.content).toBe('Ana López, Ana Lopez, Anna López:\nWe checked every bolt.');
    expect(record?.meta?.['title']).toBe('Ana López: “We checked every bolt.”');
    expect(record?.filters?.['speaker']).toEqual(['Ana López']);
  });

  it('names a paraphrase as one', () => {
    const [record] = statementRecords(
      site([exported({ mode: 'paraphrase', displayText: 'every bolt was checked' })]),
      CONTEXT,
    );
    expect(record?.filters?.['mode']).toEqual(['Paraphrase']);
    expect(record?.meta?.['title']).toBe('Ana López, paraphrased: every bolt was checked');
  });

  it('is addressed from the root of the built folder, whatever the base path and site address', () => {
    const statement = exported({ anchor: 'https://example.org/news/explainers/bridge/#every-bolt' });
    const [record] = statementRecords(site([statement]), { ...CONTEXT, base: '/news/explainers/' });
    expect(record?.url).toBe('/bridge/#every-bolt');
    expect(indexUrl('/news/explainers/bridge/#every-bolt', '/news/explainers')).toBe('/bridge/#every-bolt');
    expect(indexUrl('/bridge/', '/')).toBe('/bridge/');
  });

  it('stops the build on an address outside the base path, a story not listed or an unknown publisher', () => {
    expect(() => indexUrl('/bridge/#every-bolt', '/news/')).toThrow(
      'the address /bridge/#every-bolt is not under the base path /news/',
    );
    expect(() => statementRecords(site([exported({ story: 'tunnel' })]), CONTEXT)).toThrow(
      'the statement "every-bolt" belongs to the story "tunnel", which is not listed',
    );
    expect(() =>
      statementRecords(site([exported()]), { ...CONTEXT, publishers: new Map([['gazette', 'Gazette']]) }),
    ).toThrow('the statement "every-bolt" cites the unknown publisher "wire"');
  });
});

describe('the title of a statement’s record', () => {
  const speaker = { id: 'yuri-ushakov', name: 'Yuri Ushakov' };
  it('quotes a short direct quote whole', () => {
    expect(statementTitle({ speaker, mode: 'direct', displayText: 'It could happen at any moment.' })).toBe(
      'Yuri Ushakov: “It could happen at any moment.”',
    );
  });
  it('cuts a long one after eight words, without the punctuation left before the cut', () => {
    expect(
      statementTitle({
        speaker,
        mode: 'direct',
        displayText: 'It could happen at any moment. You see, it largely depends on the leaders.',
      }),
    ).toBe('Yuri Ushakov: “It could happen at any moment. You see…”');
  });
  it('puts no quotation marks around a paraphrase, whose words are not the speaker’s', () => {
    expect(
      statementTitle({
        speaker,
        mode: 'paraphrase',
        displayText: 'a meeting might not happen in 2025, although “the idea is in the air”',
      }),
    ).toBe('Yuri Ushakov, paraphrased: a meeting might not happen in 2025, although…');
  });
});

describe('the values of a search filter', () => {
  it('lists modes and kinds in their own order', () => {
    expect(orderFilterValues('mode', ['Paraphrase', 'Direct quote'])).toEqual(['Direct quote', 'Paraphrase']);
    expect(orderFilterValues('kind', ['Statement', 'Person', 'Story'])).toEqual(['Story', 'Person', 'Statement']);
  });
  it('lists names, stories and publishers alphabetically, each once', () => {
    expect(orderFilterValues('speaker', ['Zoe Okafor', 'Ana López', 'Álvaro Díaz', 'Ana López'])).toEqual([
      'Álvaro Díaz',
      'Ana López',
      'Zoe Okafor',
    ]);
  });
});

describe('the values the search page offers in its filters', () => {
  const statements = [
    exported(),
    exported({
      id: 'posted',
      speaker: { id: 'zoe-okafor', name: 'Zoe Okafor' },
      mode: 'paraphrase',
      delivery: 'posted',
    }),
  ];
  const people = [
    { name: 'Zoe Okafor', speaker: true },
    { name: 'Ana López', speaker: true },
    { name: 'Only Named', speaker: false },
  ];
  const values = searchFilterValues(
    { ...site(statements), stories: [...site([]).stories, { slug: 'tunnel', title: 'Tunnel', asOf: '', url: '' }] },
    { publishers: PUBLISHERS, people },
  );

  it('are every value of every statement record, in the order of the lists', () => {
    const records = statementRecords(site(statements), CONTEXT);
    for (const filter of ['mode', 'delivery', 'publisher'] as const)
      expect(values[filter], filter).toEqual(
        orderFilterValues(
          filter,
          records.flatMap((record) => record.filters?.[filter] ?? []),
        ),
      );
  });

  it('and those the story and person pages mark: a story without statements, someone only named', () => {
    expect(values.story).toEqual(['The “safe” bridge', 'Tunnel']);
    expect(values.kind).toEqual(['Story', 'Person', 'Statement']);
    expect(values.speaker).toEqual(['Ana López', 'Zoe Okafor']);
  });
});

describe('a failure of Pagefind', () => {
  it('does not stop the build when Pagefind reports no error', () => {
    expect(() => {
      stopOnPagefindErrors('write the index', []);
    }).not.toThrow();
  });
  it('stops it saying what the build was doing and what Pagefind said', () => {
    expect(() => {
      stopOnPagefindErrors('index the pages', ['Failed to read dist/index.html']);
    }).toThrow(
      'The search index could not be built: Pagefind failed to index the pages.\n  Failed to read dist/index.html',
    );
    expect(searchIndexError('write the index', ['disk full']).hint).toMatch(/build again/);
  });
});
