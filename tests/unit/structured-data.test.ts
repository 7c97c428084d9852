import { describe, expect, it } from 'vitest';
import type { SourceView } from '../../src/lib/models/sources.ts';
import type { StatementView } from '../../src/lib/models/statement-view.ts';
import type { PersonPage } from '../../src/lib/models/people.ts';
import { jsonLdText, personStructuredData, storyStructuredData } from '../../src/lib/exports/structured-data.ts';

const source: SourceView = {
  id: 'gazette',
  publisher: {
    id: 'town-gazette',
    name: 'Town Gazette',
    description: 'A weekly.',
    country: 'GB',
    url: 'https://gazette.example/',
  },
  title: 'Bridge to reopen',
  date: '2024-05-02',
  dateUncertain: false,
  author: undefined,
  language: 'en',
  url: 'https://gazette.example/bridge',
  archiveUrl: undefined,
  note: undefined,
  framing: undefined,
  original: false,
  checkedAgainst: { kind: 'excerpt', stored: undefined, label: 'checked against the quoted passage only' },
  republishes: undefined,
  originalPublisher: {
    id: 'town-gazette',
    name: 'Town Gazette',
    description: 'A weekly.',
    country: 'GB',
    url: 'https://gazette.example/',
  },
  byline: 'Town Gazette',
};

const wire = { id: 'wire', name: 'Wire Agency', description: 'A news agency.', country: 'GB' };
/** The Town Gazette's copy of a Wire Agency report. */
const republished: SourceView = {
  ...source,
  id: 'gazette-copy',
  republishes: { publisher: wire, sourceId: undefined },
  originalPublisher: wire,
  byline: 'Wire Agency, as republished by Town Gazette',
};

/** The fields of a statement that the structured data reads. */
function statement(
  fields: Pick<StatementView, 'id' | 'speakerId' | 'speakerName' | 'mode' | 'displayText'>,
): StatementView {
  return {
    ...fields,
    date: { value: '2024-05-01', precision: 'day' },
    spokenLanguage: undefined,
    citations: [{ source, citing: [], label: 'Town Gazette' }],
  } as unknown as StatementView;
}

const storyInput: Parameters<typeof storyStructuredData>[0] = {
  url: 'https://example.org/news/bridge/',
  home: 'https://example.org/news/',
  title: 'The bridge',
  summary: 'What the mayor said.',
  published: '2024-05-03',
  modified: undefined,
  image: 'https://example.org/news/bridge/card.png',
  statements: [
    statement({
      id: 'lopez-open',
      speakerId: 'ana-lopez',
      speakerName: 'Ana López',
      mode: 'direct',
      displayText: 'It will open.',
    }),
    statement({
      id: 'okafor-soon',
      speakerId: 'zoe-okafor',
      speakerName: 'Zoë Okafor',
      mode: 'paraphrase',
      displayText: 'Soon.',
    }),
  ],
  sources: [source],
  people: new Map([['ana-lopez', { name: 'Ana López', spellings: ['Ana Lopes'] }]]),
  personUrl: (id) => `https://example.org/news/people/${id}/`,
};
const story = storyStructuredData(storyInput);

describe('a story’s structured data', () => {
  it('is a NewsArticle published by the site, citing its sources', () => {
    expect(story).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The bridge',
      datePublished: '2024-05-03',
      dateModified: '2024-05-03',
      image: 'https://example.org/news/bridge/card.png',
      publisher: { '@type': 'Organization', name: 'Explainers', url: 'https://example.org/news/' },
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Bridge to reopen',
          url: 'https://gazette.example/bridge',
          publisher: { '@type': 'Organization', name: 'Town Gazette' },
        },
      ],
    });
  });

  it('makes each statement a Quotation naming its speaker by id, a paraphrase marked', () => {
    expect(story.hasPart).toEqual([
      expect.objectContaining({
        '@type': 'Quotation',
        text: 'It will open.',
        url: 'https://example.org/news/bridge/#lopez-open',
        dateCreated: '2024-05-01',
        creator: { '@id': 'https://example.org/news/people/ana-lopez/' },
      }),
      expect.objectContaining({
        '@type': 'Quotation',
        description: expect.stringContaining('Paraphrase') as unknown,
        creator: { '@id': 'https://example.org/news/people/zoe-okafor/' },
      }),
    ]);
    expect((story.hasPart as object[])[0]).not.toHaveProperty('description');
  });

  it('lists each speaker once as a Person, with other spellings as alternateName', () => {
    expect(story.mentions).toEqual([
      {
        '@type': 'Person',
        '@id': 'https://example.org/news/people/ana-lopez/',
        name: 'Ana López',
        alternateName: ['Ana Lopes'],
        url: 'https://example.org/news/people/ana-lopez/',
      },
      {
        '@type': 'Person',
        '@id': 'https://example.org/news/people/zoe-okafor/',
        name: 'Zoë Okafor',
        url: 'https://example.org/news/people/zoe-okafor/',
      },
    ]);
  });
});

describe('a republished source’s structured data', () => {
  it('is based on the original outlet’s item', () => {
    const data = storyStructuredData({ ...storyInput, sources: [republished] });
    expect(data.citation).toEqual([
      expect.objectContaining({
        publisher: { '@type': 'Organization', name: 'Town Gazette', url: 'https://gazette.example/' },
        isBasedOn: { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'Wire Agency' } },
      }),
    ]);
    expect(story.citation).toEqual([expect.not.objectContaining({ isBasedOn: expect.anything() as unknown })]);
  });
});

describe('a person’s structured data', () => {
  it('is a Person with their current office', () => {
    const person = {
      id: 'ana-lopez',
      name: 'Ana López',
      description: 'Mayor.',
      spellings: [],
      roles: [
        { title: 'Councillor', from: '2015', to: '2024-05-15', period: '2015 – 15 May 2024' },
        { title: 'Mayor', from: '2024-05-16', to: undefined, period: 'since 16 May 2024' },
      ],
      stories: [],
      statements: [],
    } satisfies PersonPage;
    expect(personStructuredData(person, '/people/ana-lopez/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Ana López',
      description: 'Mayor.',
      jobTitle: 'Mayor',
      url: '/people/ana-lopez/',
    });
  });
});

describe('JSON-LD text', () => {
  it('cannot close its script element, whatever a value holds', () => {
    const text = jsonLdText({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      name: '</script><script>alert(1)</script>\u2028',
    });
    expect(text).not.toMatch(/[<\u2028]/);
    expect((JSON.parse(text) as { name: string }).name).toBe('</script><script>alert(1)</script>\u2028');
  });
});
