import { describe, expect, it } from 'vitest';
import { buildContents, buildFacts } from '../../src/lib/models/story-glance.ts';
import type { SourceBook } from '../../src/lib/models/sources.ts';
import type { SpeakerGroup } from '../../src/lib/models/story-model.ts';
import type { Person } from '../../src/schemas/person.ts';
import { factsSchema } from '../../src/schemas/facts.ts';

const book = { source: (id: string) => ({ byline: `Byline of ${id}` }) } as unknown as SourceBook;
const speakers = [
  { id: 'ana-lopez', name: 'Ana López', role: 'Mayor', description: 'Mayor of the town' },
] as unknown as SpeakerGroup[];
const people = new Map([
  ['zoe-okafor', { name: 'Zoe Okafor', description: 'Council spokesperson' } as unknown as Person],
]);
const context = { speakers, people, book, personHref: (id: string) => `/people/${id}/` };

describe('the facts box', () => {
  it('leads to a speaker’s entry in the sidebar, and to the page of someone the story does not quote', () => {
    const facts = buildFacts(factsSchema.parse({ who: ['ana-lopez', 'zoe-okafor'] }), context);
    expect(facts?.who).toEqual([
      { name: 'Ana López', role: 'Mayor', href: '#speaker-ana-lopez' },
      { name: 'Zoe Okafor', role: 'Council spokesperson', href: '/people/zoe-okafor/' },
    ]);
  });

  it('reads a single day as a period, and names the outcome’s source with a link to it in the list', () => {
    const facts = buildFacts(
      factsSchema.parse({
        when: '2024-05-02',
        outcome: { text: 'The council sees it first.', source: 'council-radio-2024-05-01', passage: 'first' },
      }),
      context,
    );
    expect(facts?.when).toEqual({ text: '2 May 2024', from: '2024-05-02', to: undefined });
    expect(facts?.outcome).toEqual({
      text: 'The council sees it first.',
      source: 'Byline of council-radio-2024-05-01',
      href: '#source-council-radio-2024-05-01',
    });
  });

  it('is left out when the front matter gives none, and refused when it is empty', () => {
    expect(buildFacts(undefined, context)).toBeUndefined();
    expect(factsSchema.safeParse({}).success).toBe(false);
  });
});

describe('the contents list', () => {
  it('lists only the parts the page has, in its order, the sections under Background and the sidebar last', () => {
    const contents = buildContents({
      inShort: true,
      updates: false,
      corrections: true,
      timeline: true,
      sections: [{ slug: 'council', title: 'The council' }],
    });
    expect(contents.map((entry) => entry.anchor)).toEqual([
      'in-short',
      'article',
      'corrections',
      'background',
      'story-timeline',
      'sources',
      'who-said-what',
    ]);
    expect(contents.find((entry) => entry.anchor === 'background')?.children).toEqual([
      { text: 'The council', anchor: 'council', children: [] },
    ]);
  });

  it('has no Background entry for a story without sections', () => {
    const contents = buildContents({
      inShort: false,
      updates: false,
      corrections: false,
      timeline: false,
      sections: [],
    });
    expect(contents.map((entry) => entry.text)).toEqual(['The story', 'Sources', 'Who said what']);
  });
});
