import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { storySchema } from '../../src/schemas/story.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { sectionSchema } from '../../src/schemas/section.ts';
import { publisherSchema } from '../../src/schemas/publisher.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { statementAttributesSchema } from '../../src/schemas/statement.ts';

/** The messages a schema gives for some input, as `path: message`. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const person = {
  name: 'Yuri Ushakov',
  description: 'Aide to the President of Russia.',
  roles: [{ title: 'Aide to the President of Russia', from: '2012-05-21' }],
};

describe('personSchema', () => {
  it('accepts a valid person and keeps dates as written', () => {
    expect(personSchema.parse(person).roles[0]?.from).toEqual({ value: '2012-05-21', precision: 'day' });
  });
  it('accepts dates that a YAML loader turned into Date objects', () => {
    const parsed = personSchema.parse({ ...person, roles: [{ title: 'Aide', from: new Date('2012-05-21') }] });
    expect(parsed.roles[0]?.from?.value).toBe('2012-05-21');
  });
  it('rejects a missing name', () => {
    expect(messages(personSchema, { ...person, name: undefined })).toEqual(['name: the name is required']);
  });
  it('rejects an empty description', () => {
    expect(messages(personSchema, { ...person, description: '  ' })).toEqual(['description: must not be empty']);
  });
  it('rejects a person with no role', () => {
    expect(messages(personSchema, { ...person, roles: [] })).toEqual([
      'roles: needs at least one role, e.g. "- title: President of Russia"',
    ]);
  });
  it('rejects a role that ends before it starts', () => {
    expect(
      messages(personSchema, { ...person, roles: [{ title: 'Aide', from: '2012-05-21', to: '2010-01-01' }] }),
    ).toEqual(['roles.0.to: ends before it starts: `to` must not be earlier than `from`']);
  });
  it('rejects an impossible date', () => {
    expect(messages(personSchema, { ...person, roles: [{ title: 'Aide', from: '2012-02-30' }] })).toEqual([
      'roles.0.from: is not a day on the calendar (check the month and the day)',
    ]);
  });
  it('rejects a malformed Wikidata id', () => {
    expect(messages(personSchema, { ...person, wikidata: '7747' })).toEqual([
      'wikidata: must be a Wikidata item id such as "Q7747"',
    ]);
  });
  it('rejects an unknown field', () => {
    expect(messages(personSchema, { ...person, nmae: 'x' })).toEqual([': Unrecognized key: "nmae"']);
  });
});

const source = {
  publisher: 'unn',
  title: 'Putin and Trump could meet at any moment - Ushakov',
  date: '2025-06-29',
  language: 'en',
  url: 'https://unn.ua/en/news/putin-and-trump-could-meet-at-any-moment-ushakov',
};

describe('sourceSchema', () => {
  it('accepts a valid source, and one with no url', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: undefined }).success).toBe(true);
  });
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/file', 'not a url'])(
    'rejects the url %s',
    (url) => {
      expect(messages(sourceSchema, { ...source, url })).toEqual([
        'url: must be a web address starting with https:// or http://',
      ]);
    },
  );
  it('rejects a malformed date', () => {
    expect(messages(sourceSchema, { ...source, date: '29/06/2025' })).toEqual([
      'date: must be a date written YYYY-MM-DD, e.g. "2025-06-29"',
    ]);
  });
  it('rejects a language that is not a tag, and gives the tag of a language written by name', () => {
    expect(messages(sourceSchema, { ...source, language: 'English' })).toEqual([
      'language: must be a language tag such as "en", "ru" or "uk": English is "en"',
    ]);
    expect(messages(sourceSchema, { ...source, language: 'Ukranian' })).toEqual([
      'language: must be a language tag such as "en", "ru" or "uk": did you mean Ukrainian, "uk"?',
    ]);
    expect(messages(sourceSchema, { ...source, language: 'en_GB' })).toEqual([
      'language: must be a language tag such as "en", "ru" or "uk": write "en-GB" (British English)',
    ]);
  });
  it('rejects a well-formed tag that names no language of the IANA registry', () => {
    expect(messages(sourceSchema, { ...source, language: 'xx' })).toEqual([
      'language: must be a language tag of the IANA registry (BCP 47), such as "en", "ru" or "uk": there is no language "xx"',
    ]);
    expect(messages(sourceSchema, { ...source, language: 'zz' })).toEqual([
      'language: must be a language tag of the IANA registry (BCP 47), such as "en", "ru" or "uk": there is no language "zz"',
    ]);
  });
  it('names the country of a country code, and the language most spoken there', () => {
    expect(messages(sourceSchema, { ...source, language: 'ua' })).toEqual([
      'language: must be a language tag of the IANA registry (BCP 47): "ua" is the country code of Ukraine; Ukrainian is "uk"',
    ]);
  });
  it('gives the tag in use for a three-letter, deprecated or misspelt one', () => {
    const advice = (language: string) =>
      messages(sourceSchema, { ...source, language })[0]
        ?.split(': ')
        .slice(2)
        .join(': ');
    expect(advice('ukr')).toBe('write "uk" (Ukrainian)');
    expect(advice('iw')).toBe('"iw" is no longer used; write "he" (Hebrew)');
    expect(advice('en-UK')).toBe('write "en-GB" (British English)');
    expect(advice('ru-Cyrl')).toBe('Russian is written in Cyrillic unless its tag says otherwise: write "ru"');
    expect(advice('en-XY')).toBe('"XY" is not a subtag of the registry');
  });
  it.each(['en', 'uk', 'ru', 'pt-BR', 'zh-Hant', 'sr-Latn', 'es-419', 'de-CH-1996', 'tlh'])(
    'accepts the tag %s',
    (language) => {
      expect(messages(sourceSchema, { ...source, language })).toEqual([]);
    },
  );
  it('rejects a publisher id that is not kebab-case', () => {
    expect(messages(sourceSchema, { ...source, publisher: 'Russia 1' })).toEqual([
      'publisher: must be lowercase letters, digits and hyphens: "R" at position 1 is uppercase, " " at position 7 is a space; write "russia-1"',
    ]);
  });
  it('names a look-alike letter in an id, and the id meant', () => {
    expect(messages(sourceSchema, { ...source, publisher: 'russiа-1' })).toEqual([
      'publisher: must be lowercase letters, digits and hyphens: "а" (U+0430, Cyrillic a) at position 6 looks like a Latin letter but is not one; write "russia-1"',
    ]);
  });
  it('says where a hyphen is out of place in an id', () => {
    expect(messages(sourceSchema, { ...source, publisher: 'russia-1-' })).toEqual([
      'publisher: must be lowercase letters, digits and hyphens: a hyphen may only stand between two words, not at the start, the end or twice in a row; write "russia-1"',
    ]);
  });
  it('keeps the example for an empty id', () => {
    expect(messages(sourceSchema, { ...source, publisher: '' })).toEqual([
      'publisher: must be lowercase letters, digits and hyphens, e.g. "yuri-ushakov"',
    ]);
  });
});

const explainer = {
  title: 'Will they meet?',
  summary: 'What was said.',
  published: '2025-08-16',
  asOf: '2025-08-15',
  sources: ['unn-2025-06-29'],
};

describe('storySchema', () => {
  it('accepts a valid story and defaults status and tags', () => {
    expect(storySchema.parse(explainer)).toMatchObject({ status: 'published', tags: [] });
  });
  it('rejects an unknown status', () => {
    expect(messages(storySchema, { ...explainer, status: 'live' })).toEqual(['status: must be "published" or "draft"']);
  });
  it('rejects a story with no main source', () => {
    expect(messages(storySchema, { ...explainer, sources: [] })).toEqual([
      'sources: needs at least one main source id',
    ]);
  });
});

describe('sectionSchema', () => {
  it('accepts a section with a period', () => {
    expect(sectionSchema.safeParse({ title: 'The call', order: 1, period: { from: '2025-06-04' } }).success).toBe(true);
  });
  it('rejects an order that is not a whole number', () => {
    expect(messages(sectionSchema, { title: 'The call', order: 1.5 })).toEqual([
      'order: must be a whole number such as 1',
    ]);
  });
  it('rejects a period that ends before it starts', () => {
    expect(messages(sectionSchema, { title: 'x', order: 1, period: { from: '2025-06-25', to: '2025-06-24' } })).toEqual(
      ['period.to: ends before it starts: `to` must not be earlier than `from`'],
    );
  });
});

describe('statementAttributesSchema', () => {
  const said = { by: 'yuri-ushakov', mode: 'direct', source: 'unn-2025-06-29', date: '2025-06-29' };
  it('normalises sources and dates', () => {
    const parsed = statementAttributesSchema.parse({ ...said, source: 'unn-2025-06-29, online-ua-2025-06-29' });
    expect(parsed.source).toEqual([
      { source: 'unn-2025-06-29', citing: [] },
      { source: 'online-ua-2025-06-29', citing: [] },
    ]);
    expect(parsed.date).toEqual({ value: '2025-06-29', precision: 'day' });
  });
  it('reads relay chains of any depth, one per citation', () => {
    const parsed = statementAttributesSchema.parse({
      ...said,
      source: 'aa-2025-10-09 citing tass, unn-2025-06-29 citing russia-1-2025-06-29 citing channel-one',
    });
    expect(parsed.source).toEqual([
      { source: 'aa-2025-10-09', citing: ['tass'] },
      { source: 'unn-2025-06-29', citing: ['russia-1-2025-06-29', 'channel-one'] },
    ]);
  });
  it('still reads ids separated by spaces alone as separate citations', () => {
    expect(statementAttributesSchema.parse({ ...said, source: 'a-1 b-2' }).source).toEqual([
      { source: 'a-1', citing: [] },
      { source: 'b-2', citing: [] },
    ]);
  });
  it('reads what a statement answers, in its story or another', () => {
    expect(statementAttributesSchema.parse({ ...said, answers: 'ryabkov-momentum' }).answers).toEqual({
      story: undefined,
      id: 'ryabkov-momentum',
    });
    expect(statementAttributesSchema.parse({ ...said, answers: 'october-2025#ryabkov-momentum' }).answers).toEqual({
      story: 'october-2025',
      id: 'ryabkov-momentum',
    });
    expect(messages(statementAttributesSchema, { ...said, answers: 'Ryabkov' })[0]).toMatch(
      /^answers: must be a statement id/,
    );
  });
  it('checks the language spoken and the language of the words against the IANA registry', () => {
    expect(messages(statementAttributesSchema, { ...said, spoken: 'ua', lang: 'zz' })).toEqual([
      'spoken: must be a language tag of the IANA registry (BCP 47): "ua" is the country code of Ukraine; Ukrainian is "uk"',
      'lang: must be a language tag of the IANA registry (BCP 47), such as "en", "ru" or "uk": there is no language "zz"',
    ]);
  });
  it('keeps the language spoken apart from the language of the words', () => {
    const parsed = statementAttributesSchema.parse({ ...said, spoken: 'ru', lang: 'ru' });
    expect([parsed.spoken, parsed.lang]).toEqual(['ru', 'ru']);
  });
  it.each([
    ['2025-06', 'month'],
    ['2025', 'year'],
  ])('keeps the precision of %s', (date, precision) => {
    expect(statementAttributesSchema.parse({ ...said, date }).date).toEqual({ value: date, precision });
  });
  it('rejects an unknown mode', () => {
    expect(messages(statementAttributesSchema, { ...said, mode: 'quote' })).toEqual([
      'mode: must be one of: direct, paraphrase',
    ]);
  });
  it('rejects a malformed date', () => {
    expect(messages(statementAttributesSchema, { ...said, date: 'June 2025' })).toEqual([
      'date: must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. "2025-06-29"',
    ]);
  });
  it('rejects an impossible date', () => {
    expect(messages(statementAttributesSchema, { ...said, date: '2025-06-31' })).toEqual([
      'date: is not a day on the calendar (check the month and the day)',
    ]);
  });
  it('reads how the words were delivered, the platform of a post after "on"', () => {
    expect(statementAttributesSchema.parse({ ...said, delivery: 'told' }).delivery).toEqual({ kind: 'told' });
    expect(statementAttributesSchema.parse({ ...said, delivery: 'Posted on Truth Social' }).delivery).toEqual({
      kind: 'posted',
      platform: 'Truth Social',
    });
    expect(statementAttributesSchema.parse(said).delivery).toBeUndefined();
  });
  it.each(['said', 'told', 'wrote'])('takes delivery="%s" without a platform', (kind) => {
    expect(statementAttributesSchema.parse({ ...said, delivery: kind }).delivery).toEqual({ kind });
  });
  it('rejects a delivery that is not on the list', () => {
    expect(messages(statementAttributesSchema, { ...said, delivery: 'tweeted' })).toEqual([
      'delivery.kind: must be one of: said, told, wrote, posted; e.g. delivery="told" or delivery="posted on Truth Social"',
    ]);
  });
  it('wants the platform of a post', () => {
    expect(messages(statementAttributesSchema, { ...said, delivery: 'posted' })).toEqual([
      'delivery: needs the platform it was posted on: write delivery="posted on Truth Social"',
    ]);
    expect(messages(statementAttributesSchema, { ...said, delivery: 'posted on' })).toEqual([
      'delivery.platform: names no platform after "on": write delivery="posted on Truth Social"',
    ]);
  });
  it('refuses a platform for words that were not posted', () => {
    expect(messages(statementAttributesSchema, { ...said, delivery: 'said on Fox News' })).toEqual([
      'delivery: names a platform, which only "posted" takes: write delivery="said", and the place in venue="…" or channel="…"',
    ]);
  });
  it('reads the basis of a reply', () => {
    const passage = statementAttributesSchema.parse({ ...said, answers: 'a-b', replyPassage: 'in response to' });
    expect(passage.replyPassage).toBe('in response to');
    expect(statementAttributesSchema.parse({ ...said, answers: 'a-b', replyBasis: 'ours' }).replyBasis).toBe('ours');
    expect(messages(statementAttributesSchema, { ...said, answers: 'a-b', replyBasis: 'theirs' })).toEqual([
      'replyBasis: must be "ours" (or leave it out and give replyPassage="…")',
    ]);
    expect(messages(statementAttributesSchema, { ...said, answers: 'a-b', replyPassage: ' ' })).toEqual([
      'replyPassage: must not be empty',
    ]);
  });
  it('rejects a statement without a source', () => {
    expect(messages(statementAttributesSchema, { ...said, source: '' })).toEqual([
      'source: needs at least one source id, e.g. source="unn-2025-06-29"',
    ]);
  });
});

describe('publisherSchema', () => {
  const publisher = { name: 'TASS', description: 'Russian state news agency', country: 'RU' };
  it('accepts a publisher with or without a website', () => {
    expect(publisherSchema.safeParse(publisher).success).toBe(true);
    expect(publisherSchema.safeParse({ ...publisher, url: 'https://tass.com/' }).success).toBe(true);
  });
  it('wants a two-letter country code, and says how to write an unknown or fictional country', () => {
    expect(messages(publisherSchema, { ...publisher, country: 'Ardel' })).toEqual([
      'country: must be a two-letter country code in capitals, e.g. "RU", or "ZZ" for an unknown or fictional country',
    ]);
    expect(messages(publisherSchema, { ...publisher, country: 'Russia' })).toEqual([
      'country: must be a two-letter country code in capitals, e.g. "RU", or "ZZ" for an unknown or fictional country',
    ]);
  });
  it('wants the line a reader needs to weigh it', () => {
    expect(messages(publisherSchema, { ...publisher, description: ' ' })).toEqual(['description: must not be empty']);
  });
});

describe('events of a story', () => {
  const story = {
    title: 'Will they meet?',
    summary: 'What was said.',
    published: '2025-08-16',
    asOf: '2025-08-15',
    sources: ['unn-2025-06-29'],
  };
  it('default to none and take a date, what happened and a source', () => {
    expect(storySchema.parse(story).events).toEqual([]);
    const events = [{ date: '2025-06-25', what: 'NATO summit', where: 'The Hague', source: 'firstpost-2025-06-25' }];
    expect(storySchema.parse({ ...story, events }).events).toEqual(events);
  });
  it('need a source', () => {
    expect(messages(storySchema, { ...story, events: [{ date: '2025-06-25', what: 'NATO summit' }] })[0]).toMatch(
      /^events\.0\.source/,
    );
  });
});
