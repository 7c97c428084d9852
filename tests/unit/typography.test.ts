import { describe, expect, it } from 'vitest';
import { buildStoryModel } from '../../src/lib/models/story-model.ts';
import { statementsExport } from '../../src/lib/exports/statements-export.ts';
import { typeset, typesetOptional } from '../../src/lib/text/typography.ts';

describe('typeset', () => {
  it('turns double quotes into opening and closing ones', () => {
    expect(typeset('Is the "momentum of Anchorage" exhausted?')).toBe('Is the “momentum of Anchorage” exhausted?');
    expect(typeset('"It could happen," he said.')).toBe('“It could happen,” he said.');
  });

  it('turns apostrophes in words into right single quotes', () => {
    expect(typeset("Trump's phone conversation")).toBe('Trump’s phone conversation');
    expect(typeset("Moscow's two messages; it's, don't, the Times'")).toBe(
      'Moscow’s two messages; it’s, don’t, the Times’',
    );
  });

  it('writes an apostrophe, not an opening quote, before a shortened year or decade', () => {
    expect(typeset("in the '90s and in '25")).toBe('in the ’90s and in ’25');
    expect(typeset("the 1990's")).toBe('the 1990’s');
  });

  it('nests single quotes inside double ones', () => {
    expect(typeset(`He said, "'Quoted' words in a larger quote."`)).toBe(
      'He said, “‘Quoted’ words in a larger quote.”',
    );
    expect(typeset(`"the 'idea' is in the air"`)).toBe('“the ‘idea’ is in the air”');
    expect(typeset(`"it's 'fine'"`)).toBe('“it’s ‘fine’”');
  });

  it('opens a quote after an opening bracket or a dash, and closes one after punctuation', () => {
    expect(typeset('("great respect")')).toBe('(“great respect”)');
    expect(typeset("['sic']")).toBe('[‘sic’]');
    expect(typeset('the answer—"no"—came')).toBe('the answer—“no”—came');
    expect(typeset('a Putin–"Trump" meeting')).toBe('a Putin–“Trump” meeting');
    expect(typeset('"Stop!" "Why?" "Yes."')).toBe('“Stop!” “Why?” “Yes.”');
  });

  it('sets quotes around text in any script', () => {
    expect(typeset('"Наши переговоры" прошли')).toBe('“Наши переговоры” прошли');
    expect(typeset("Зеленськ'ий")).toBe('Зеленськ’ий');
    expect(typeset('"東京" and "Αθήνα"')).toBe('“東京” and “Αθήνα”');
  });

  it('writes two hyphens as an em dash and three dots as an ellipsis, as the body does', () => {
    expect(typeset('this year, for example... no -- not yet')).toBe('this year, for example… no — not yet');
    expect(typeset('a well-known Putin-Trump meeting')).toBe('a well-known Putin-Trump meeting');
  });

  it('leaves code in backticks and web addresses as they are', () => {
    expect(typeset('write `by="yuri-ushakov"` in the tag')).toBe('write `by="yuri-ushakov"` in the tag');
    expect(typeset('"see https://example.org/a--b?q=x...y..." it said')).toBe(
      '“see https://example.org/a--b?q=x...y…” it said',
    );
    expect(typeset('at "https://example.org/"')).toBe('at “https://example.org/”');
  });

  it('leaves text that is already typeset, or has no quotes, unchanged', () => {
    const set = 'The Kremlin’s “momentum of Anchorage”… — ‘no’';
    expect(typeset(set)).toBe(set);
    expect(typeset(typeset(`"it's 'fine'"`))).toBe('“it’s ‘fine’”');
    expect(typeset('')).toBe('');
    expect(typeset('Plain words.')).toBe('Plain words.');
  });

  it('passes an absent value through', () => {
    expect(typesetOptional(undefined)).toBeUndefined();
    expect(typesetOptional("Putin's")).toBe('Putin’s');
  });
});

describe('text from YAML and attributes, as the page and the export show it', () => {
  const model = buildStoryModel({
    mainSources: ['gazette'],
    sections: [],
    statements: [
      {
        id: 'every-bolt',
        by: 'ana-lopez',
        mode: 'paraphrase',
        source: [{ source: 'gazette', citing: [] }],
        text: `the bridge was "safe" and the council's checks were done`,
        idWritten: true,
        versions: [
          {
            text: "It's safe",
            lang: 'en',
            source: [{ source: 'gazette', citing: [] }],
            file: 'x.mdx',
            line: 2,
          },
        ],
        venue: "Mayor's office",
        channel: '"Town Hour" radio',
        story: 'bridge',
        position: 0,
        file: 'x.mdx',
        line: 1,
      },
    ],
    people: new Map([
      [
        'ana-lopez',
        {
          name: 'Ana López',
          spellings: [],
          description: "The city's mayor.",
          roles: [{ title: "Mayor of St John's" }],
        },
      ],
    ]),
    sources: new Map([
      [
        'gazette',
        {
          publisher: 'gazette',
          title: 'The "safe" bridge',
          date: '2024-05-02',
          language: 'en',
          note: "The paper's own report.",
          framing: 'Calls the mayor "brave".',
        },
      ],
    ]),
    publishers: new Map([['gazette', { name: 'Gazette', description: "The city's newspaper", country: 'GB' }]]),
  });
  const [view] = model.statements;
  const [speaker] = model.speakers;
  const [source] = model.sources;

  it('the page model typesets what it shows: words, role, venue, channel, description, source', () => {
    expect(view?.excerpt).toBe('the bridge was “safe” and the council’s checks were done');
    expect(view?.displayText).toBe('the bridge was “safe” and the council’s checks were done');
    expect(view?.renderings.map((rendering) => rendering.displayText)).toEqual([
      'the bridge was “safe” and the council’s checks were done',
      'It’s safe',
    ]);
    expect(view?.role).toBe('Mayor of St John’s');
    expect(view?.venue).toBe('Mayor’s office');
    expect(view?.channel).toBe('“Town Hour” radio');
    expect(speaker?.description).toBe('The city’s mayor.');
    expect(source?.title).toBe('The “safe” bridge');
    expect(source?.note).toBe('The paper’s own report.');
    expect(source?.framing).toBe('Calls the mayor “brave”.');
    expect(source?.publisher.description).toBe('The city’s newspaper');
  });

  it('the JSON export keeps the words as written and adds them as shown', () => {
    const [exported] = statementsExport(
      { slug: 'bridge', title: 'Bridge', asOf: '2024-05-03', url: '/bridge/' },
      model,
    ).statements;
    expect(exported?.text).toBe(`the bridge was "safe" and the council's checks were done`);
    expect(exported?.displayText).toBe('the bridge was “safe” and the council’s checks were done');
    expect(exported?.renderings.map(({ text, displayText }) => [text, displayText])).toEqual([
      [
        `the bridge was "safe" and the council's checks were done`,
        'the bridge was “safe” and the council’s checks were done',
      ],
      ["It's safe", 'It’s safe'],
    ]);
  });
});
