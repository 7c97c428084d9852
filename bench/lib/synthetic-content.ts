/**
 * Synthetic content for the build benchmark: N stories of the shape of `content/`, that pass
 * `npm run check`. Each story is an index and three sections, with ten statements by four
 * speakers drawn from 200 people, quoting two sources whose excerpts hold every direct quote
 * word for word. Seeded: the same N gives the same files on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, type Random } from './random.ts';

export const PEOPLE = 200;
export const SECTIONS = ['the-meeting', 'the-reply', 'the-record'] as const;
const STATEMENTS_PER_STORY = 10;
const SPEAKERS_PER_STORY = 4;
/** Where the ten statements sit: four in the article, two in each section. */
const STATEMENTS_IN = { index: 4, section: 2 } as const;
/** Statements 3, 6 and 9 of a story are paraphrases; the rest are direct quotes. */
const isParaphrase = (n: number) => n % 3 === 0;
/** Stories are two days apart, the first on this day, so that the last one is the newest. */
const FIRST_DAY = Date.UTC(2019, 0, 7);
const DAY_MS = 86_400_000;

// prettier-ignore
const FIRST_NAMES = [
  'Ana', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas',
  'Kira', 'Luca', 'Maren', 'Nikos', 'Olga', 'Pavel', 'Rosa', 'Sami', 'Tomas', 'Vera',
] as const;
const LAST_NAMES = ['Adler', 'Berg', 'Costa', 'Dahl', 'Engel', 'Falk', 'Grau', 'Holm', 'Ivers', 'Janssen'] as const;
// prettier-ignore
const OFFICES = [
  'Mayor of the harbour town', 'Chair of the port authority', 'Spokesperson for the regional council',
  'Minister of transport', 'Head of the dock workers union', 'Auditor of the harbour board',
  'Member of the regional assembly', 'Director of the ferry company', 'Deputy mayor', 'Chief engineer of the port',
] as const;
// prettier-ignore
const OUTLETS = [
  'Harbour Gazette', 'Coast Radio', 'Morning Ledger', 'Port Courier', 'Valley Post', 'Evening Star',
  'Regional Herald', 'Island Times', 'Daily Compass', 'North Bulletin', 'River Weekly', 'Bay Observer',
  'Citizen Report', 'Market Journal', 'Lantern News', 'Capital Wire', 'Pier Review', 'Delta Voice',
  'Summit Tribune', 'Tidewater Press',
] as const;
const COUNTRIES = ['GB', 'FR', 'DE', 'NL', 'DK', 'NO', 'SE', 'ES', 'IT', 'PT'] as const;

// prettier-ignore
const BODIES = [
  'the council', 'the committee', 'the harbour board', 'the ministry', 'the union', 'the auditors',
  'the regional office', 'the port authority', 'the ferry company', 'the town hall', 'the inspectors', 'the assembly',
] as const;
// prettier-ignore
const ACTS = [
  'reviewed', 'published', 'discussed', 'postponed', 'approved', 'questioned', 'examined', 'funded',
  'described', 'listed', 'rejected', 'amended', 'estimated', 'debated', 'signed', 'welcomed',
] as const;
// prettier-ignore
const MATTERS = [
  'the budget for the new ferry', 'the report on water quality', 'the plan for the old bridge',
  'the contract for the dredging work', 'the schedule of the night buses', 'the survey of the sea wall',
  'the lease of the fish market', 'the rules for cruise ships', 'the design of the new terminal',
  'the cost of the lighthouse repairs', 'the study of the tidal flats', 'the map of the flood zones',
  'the tender for the harbour cranes', 'the fares of the island ferry', 'the census of the fishing fleet',
  'the audit of the pension fund', 'the proposal for a cycle lane', 'the inventory of the warehouses',
] as const;
// prettier-ignore
const MANNERS = [
  'after a long meeting', 'in a short statement', 'before the summer break', 'for the second time',
  'without a vote', 'in front of the press', 'at the request of residents', 'with some changes',
  'in a closed session', 'by a narrow margin', 'on the advice of engineers', 'in writing',
] as const;
// prettier-ignore
const REASONS = [
  'because the figures did not add up', 'since the residents asked for it', 'as the law requires',
  'so that the work can go on', 'because the money is there', 'since nobody objected',
  'as the engineers advised', 'because the tide tables changed', 'so that the ferries keep running',
  'because the old plan failed', 'since the lease has run out', 'as the auditors asked',
] as const;
const VENUES = ['Press conference', 'Council meeting', 'Radio interview', 'Harbour board session'] as const;

/** A word of the prose that the incremental benchmark changes, and what it becomes. */
export const EDIT = { from: 'minutes of the meeting', to: 'record of the meeting' } as const;

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const pad = (n: number) => String(n).padStart(4, '0');
const kebab = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

interface Person {
  id: string;
  name: string;
}

interface Statement {
  n: number;
  by: Person;
  venue: string | undefined;
  direct: boolean;
  source: string;
  date: string;
  words: string;
}

/** What was generated: enough for the benchmark to find its way around. */
export interface SyntheticContent {
  dir: string;
  /** Story slugs, oldest first. */
  stories: string[];
  /** The newest story: the site's default story. */
  newest: string;
  /** A section file whose prose holds `EDIT.from` once. */
  editable: string;
}

function sentence(random: Random): string {
  return `${capitalise(random.pick(BODIES))} ${random.pick(ACTS)} ${random.pick(MATTERS)} ${random.pick(MANNERS)}.`;
}

function prose(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** First-person words, long enough that two statements of one speaker never read alike. */
function quoteWords(random: Random): string {
  const [first, second] = random.sample(MATTERS, 2);
  return `We ${random.pick(ACTS)} ${first ?? ''} ${random.pick(MANNERS)}, ${random.pick(REASONS)}, and we ${random.pick(ACTS)} ${second ?? ''} as well.`;
}

function paraphraseWords(random: Random): string {
  return `${random.pick(BODIES)} had ${random.pick(ACTS)} ${random.pick(MATTERS)} ${random.pick(REASONS)}`;
}

function said(statement: Statement): string {
  const attributes = [
    `by="${statement.by.id}"`,
    `mode="${statement.direct ? 'direct' : 'paraphrase'}"`,
    `source="${statement.source}"`,
    `date="${statement.date}"`,
    ...(statement.venue ? [`venue="${statement.venue}"`] : []),
    `id="said-${String(statement.n)}"`,
  ];
  return `<Said ${attributes.join(' ')}>${statement.words}</Said>`;
}

/** A paragraph that carries one statement, inline, between two sentences of prose. */
function paragraph(random: Random, statement: Statement): string {
  const name = statement.by.name;
  const lead = statement.direct ? `${name} said: ` : `${name} said that `;
  return `${prose(random, 2)} ${lead}${said(statement)}${statement.direct ? '' : '.'} ${prose(random, 1)}`;
}

function write(path: string, text: string): void {
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

function writePeople(dir: string): Person[] {
  mkdirSync(join(dir, 'people'), { recursive: true });
  const people: Person[] = [];
  FIRST_NAMES.forEach((first, f) => {
    LAST_NAMES.forEach((last, l) => {
      const name = `${first} ${last}`;
      const id = kebab(name);
      const office = OFFICES[(f + l) % OFFICES.length] ?? OFFICES[0];
      write(
        join(dir, 'people', `${id}.yaml`),
        [
          `name: ${name}`,
          `description: ${office}.`,
          'roles:',
          `  - title: ${office}`,
          `    from: "${String(2010 + ((f * 7 + l) % 8))}"`,
        ].join('\n'),
      );
      people.push({ id, name });
    });
  });
  return people;
}

function writePublishers(dir: string): string[] {
  mkdirSync(join(dir, 'publishers'), { recursive: true });
  return OUTLETS.map((outlet, index) => {
    const id = kebab(outlet);
    write(
      join(dir, 'publishers', `${id}.yaml`),
      [
        `name: ${outlet}`,
        'description: Local news outlet',
        `country: ${COUNTRIES[index % COUNTRIES.length] ?? 'GB'}`,
        `url: https://example.org/${id}/`,
      ].join('\n'),
    );
    return id;
  });
}

/** One story: its two sources, its index and its three sections. */
function writeStory(dir: string, n: number, random: Random, people: Person[], publishers: string[]) {
  const asOfTime = FIRST_DAY + (n - 1) * 2 * DAY_MS;
  const asOf = day(asOfTime);
  const matter = random.pick(MATTERS);
  const slug = `${kebab(matter.replace(/^the /, ''))}-${pad(n)}`;
  const speakers = random.sample(people, SPEAKERS_PER_STORY);
  const [publisherA, publisherB] = random.sample(publishers, 2);
  const sources = [
    { id: `${publisherA ?? ''}-${day(asOfTime - DAY_MS)}-${pad(n)}`, date: day(asOfTime - DAY_MS) },
    { id: `${publisherB ?? ''}-${asOf}-${pad(n)}`, date: asOf },
  ];

  const statements: Statement[] = Array.from({ length: STATEMENTS_PER_STORY }, (_, index) => {
    const n = index + 1;
    const source = sources[index % 2] ?? sources[0];
    const by = speakers[index % SPEAKERS_PER_STORY] ?? speakers[0];
    if (!source || !by) throw new Error('a story needs its sources and speakers');
    const direct = !isParaphrase(n);
    // A speaker's statements fall on different days: the same words on one day would read as one statement.
    const date = day(Date.parse(source.date) - Math.floor(index / SPEAKERS_PER_STORY) * DAY_MS);
    const venue = n % 2 === 0 ? random.pick(VENUES) : undefined;
    return {
      n,
      by,
      venue,
      direct,
      source: source.id,
      date,
      words: direct ? quoteWords(random) : paraphraseWords(random),
    };
  });

  sources.forEach((source, index) => {
    const publisher = index === 0 ? publisherA : publisherB;
    const passages = statements
      .filter((statement) => statement.direct && statement.source === source.id)
      .map((statement) => `${statement.by.name} said: "${statement.words}" ${sentence(random)}`);
    write(
      join(dir, 'sources', `${source.id}.yaml`),
      [
        `publisher: ${publisher ?? ''}`,
        `title: "${capitalise(matter)}: what was said"`,
        `date: "${source.date}"`,
        'language: en',
        `url: https://example.org/${source.id}`,
        `archiveUrl: https://web.archive.org/web/${source.date.slice(0, 4)}/https://example.org/${source.id}`,
        'excerpt: |',
        ...passages.map((passage) => `  ${passage}`),
      ].join('\n'),
    );
  });

  const storyDir = join(dir, 'explainers', slug);
  mkdirSync(storyDir, { recursive: true });
  let next = 0;
  const take = (count: number) => statements.slice(next, (next += count));
  write(
    join(storyDir, 'index.mdx'),
    [
      '---',
      `title: "What was said about ${matter}, story ${String(n)}"`,
      `summary: "${capitalise(random.pick(BODIES))} ${random.pick(ACTS)} ${matter}; four people spoke about it."`,
      `published: "${day(asOfTime + DAY_MS)}"`,
      `asOf: "${asOf}"`,
      'status: published',
      `sources: [${sources.map((source) => source.id).join(', ')}]`,
      'tags: [harbour, budget]',
      '---',
      '',
      ...take(STATEMENTS_IN.index).flatMap((statement) => [paragraph(random, statement), '']),
      prose(random, 4),
    ].join('\n'),
  );
  SECTIONS.forEach((section, index) => {
    write(
      join(storyDir, `${section}.mdx`),
      [
        '---',
        `title: "${capitalise(section.replace(/-/g, ' '))}"`,
        `order: ${String(index + 1)}`,
        `period: { from: "${day(asOfTime - 3 * DAY_MS)}", to: "${asOf}" }`,
        '---',
        '',
        ...take(STATEMENTS_IN.section).flatMap((statement) => [paragraph(random, statement), '']),
        `${prose(random, 3)} The figures above come from the ${EDIT.from}.`,
      ].join('\n'),
    );
  });
  return slug;
}

/** Writes `count` stories, with the people and publishers they cite, into `dir` (which must not exist). */
export function writeSyntheticContent(dir: string, count: number, seed = 20_250_815): SyntheticContent {
  const random = seededRandom(seed);
  const people = writePeople(dir);
  const publishers = writePublishers(dir);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'explainers'), { recursive: true });
  const stories = Array.from({ length: count }, (_, index) => writeStory(dir, index + 1, random, people, publishers));
  const newest = stories.at(-1) ?? '';
  return { dir, stories, newest, editable: join(dir, 'explainers', stories[0] ?? '', `${SECTIONS[1]}.mdx`) };
}
