import { describe, expect, it } from 'vitest';
import { canonicalJson, digest } from '../../src/lib/text/digest.ts';
import { SourceBook } from '../../src/lib/models/sources.ts';

const STORY = {
  slug: 'bridge',
  title: 'Will the bridge reopen?',
  statements: [
    { id: 'reopen', speaker: 'ana-lopez', words: 'The bridge will reopen in June.' },
    { id: 'every-bolt', speaker: 'ana-lopez', words: 'We have checked every bolt.' },
  ],
  speakers: new Map([['ana-lopez', { name: 'Ana López' }]]),
  tags: new Set(['transport']),
};

describe('canonicalJson', () => {
  it('writes the same data the same way whatever the order of its keys', () => {
    const reordered = {
      tags: new Set(['transport']),
      speakers: new Map([['ana-lopez', { name: 'Ana López' }]]),
      statements: STORY.statements.map(({ words, speaker, id }) => ({ words, speaker, id })),
      title: STORY.title,
      slug: STORY.slug,
    };
    expect(canonicalJson(reordered)).toBe(canonicalJson(STORY));
    expect(digest(reordered)).toBe(digest(STORY));
  });

  it('leaves out a key whose value is undefined, as JSON does', () => {
    expect(digest({ ...STORY, note: undefined })).toBe(digest(STORY));
  });

  it('writes dates, URLs, maps and sets as what they hold', () => {
    expect(canonicalJson({ day: new Date('2024-05-03T00:00:00Z'), at: new URL('https://example.org/a') })).toBe(
      '{"at":{"$url":"https://example.org/a"},"day":{"$date":"2024-05-03T00:00:00.000Z"}}',
    );
    expect(canonicalJson(new Map([['b', 1]]))).toBe('{"$map":[["b",1]]}');
    expect(canonicalJson(new Set(['b', 'a']))).toBe('{"$set":["b","a"]}');
  });

  it('writes an object that has toJSON as its JSON', () => {
    expect(canonicalJson({ book: { toJSON: () => ({ b: 2, a: 1 }) } })).toBe('{"book":{"a":1,"b":2}}');
  });

  it('refuses what is not data, naming where it is', () => {
    expect(() => canonicalJson({ statements: [{ render: () => 'words' }] })).toThrow(
      '(data).statements[0].render is a function, which is not data',
    );
    class Speaker {
      name = 'Ana López';
    }
    expect(() => canonicalJson({ speaker: new Speaker() })).toThrow(
      '(data).speaker is a Speaker, which is not plain data',
    );
    expect(() => canonicalJson({ count: Number.NaN })).toThrow('(data).count is NaN');
  });
});

describe('digest', () => {
  it('is SHA-256 in hexadecimal', () => {
    expect(digest(STORY)).toMatch(/^[0-9a-f]{64}$/);
  });

  const edits: [string, (story: typeof STORY) => unknown][] = [
    [
      'a word of a statement',
      (story) => ({
        ...story,
        statements: [{ ...story.statements[0], words: 'It will reopen in July.' }, story.statements[1]],
      }),
    ],
    ['the order of a list', (story) => ({ ...story, statements: [...story.statements].reverse() })],
    ['a name in a map', (story) => ({ ...story, speakers: new Map([['ana-lopez', { name: 'Ana Lopez' }]]) })],
    ['a key of a map', (story) => ({ ...story, speakers: new Map([['ana-lópez', { name: 'Ana López' }]]) })],
    ['a member of a set', (story) => ({ ...story, tags: new Set(['bridges']) })],
    ['a new field', (story) => ({ ...story, draft: false })],
    ['a field taken out', ({ title: _title, ...story }) => story],
    ['a string for a number', (story) => ({ ...story, slug: 1 })],
    ['a value moved to another key', ({ title, slug }) => ({ title: slug, slug: title })],
  ];

  it.each(edits)('changes with %s', (_edit, edit) => {
    expect(digest(edit(STORY))).not.toBe(digest(STORY));
  });

  it('gives each of those edits a digest of its own', () => {
    const digests = edits.map(([, edit]) => digest(edit(STORY)));
    expect(new Set(digests).size).toBe(edits.length);
  });

  describe('data referred to from several places', () => {
    const statement = { id: 'lopez-1', words: 'It will reopen in June.' };
    const shared = () => ({ statements: [statement], byId: new Map([['lopez-1', statement]]) });

    it('is the same digest each time it is built the same way', () => {
      expect(digest(shared())).toBe(digest(shared()));
    });

    it('changes when the shared data changes, wherever it is referred to from', () => {
      const changed = { ...statement, words: 'It will reopen in July.' };
      expect(digest({ statements: [changed], byId: new Map([['lopez-1', changed]]) })).not.toBe(digest(shared()));
      expect(digest({ statements: [statement], byId: new Map([['lopez-1', changed]]) })).not.toBe(digest(shared()));
    });

    it('is never taken for data that looks like a reference', () => {
      const twice = { a: statement, b: statement };
      expect(digest(twice)).not.toBe(digest({ a: statement, b: '@1' }));
      expect(digest(twice)).not.toBe(digest({ a: statement, b: { $ref: 1 } }));
    });

    it('writes a list that contains itself, which JSON cannot', () => {
      const loop: unknown[] = ['a'];
      loop.push(loop);
      expect(digest(loop)).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});

describe('a source book, as a key holds it', () => {
  const sources = new Map([
    ['gazette', { publisher: 'town-gazette', title: 'Bridge to reopen', date: '2024-05-02', language: 'en' }],
    ['radio', { publisher: 'council-radio', title: 'On the air', date: '2024-05-01', language: 'en' }],
  ]);
  const publishers = new Map([
    ['town-gazette', { name: 'Town Gazette', description: 'Local newspaper', country: 'GB' }],
    ['council-radio', { name: 'Council Radio', description: 'Local radio', country: 'GB' }],
  ]);
  const book = () => new SourceBook(sources, publishers);

  it('holds the sources and publishers it was asked for, and only them', () => {
    const asked = book();
    asked.source('gazette');
    const json = canonicalJson(asked);
    expect(json).toContain('Bridge to reopen');
    expect(json).toContain('Local newspaper');
    expect(json).not.toContain('On the air');
  });

  it('answers what it was asked before, and refuses anything new once a key holds it', () => {
    const asked = book();
    const gazette = asked.source('gazette');
    digest(asked);
    expect(asked.source('gazette')).toBe(gazette);
    expect(() => asked.source('radio')).toThrow(
      `The source "radio" was looked up after the page's cache key was taken`,
    );
    expect(() => asked.publisher('council-radio')).toThrow('The publisher "council-radio"');
  });
});
