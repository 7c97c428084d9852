/**
 * Synthetic content for the build benchmark: N stories of the shape of `content/`, that pass
 * `npm run check`. Each story is an index and three sections, with ten statements by four
 * speakers drawn from 200 people, quoting two sources whose excerpts hold every direct quote
 * word for word. Seeded: the same N gives the same files on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, type Random } from './random.ts';
import {
  ACTS,
  BODIES,
  capitalise,
  MATTERS,
  paraphraseWords,
  prose,
  quoteWords,
  sentence,
  VENUES,
} from './synthetic-prose.ts';
import { COUNTRIES, FIRST_NAMES, LAST_NAMES, OFFICES, OUTLETS } from './synthetic-names.ts';

export const PEOPLE = 200;
export const SECTIONS = ['the-meeting', 'the-reply', 'the-record'] as const;
const STATEMENTS_PER_STORY = 10;
const SPEAKERS_PER_STORY = 4;
/** Where the ten statements sit: four in the article, two in each section. */
const STATEMENTS_IN = { index: 4, section: 2 } as const;
/** Statements 3, 6 and 9 of a story are paraphrases; the rest are direct quotes. */
const isParaphrase = (n: number) => n % 3 === 0;
/** Stories are two days apart from this day, the last the newest; above 1000, several a day (none in the future). */
const FIRST_DAY = Date.UTC(2019, 0, 7);
const DAY_MS = 86_400_000;
const storyDay = (n: number, count: number) =>
  FIRST_DAY + Math.floor(((n - 1) * 2) / Math.max(1, Math.ceil(count / 1000))) * DAY_MS;

/** A word of the prose that the incremental benchmark changes, and what it becomes. */
export const EDIT = { from: 'minutes of the meeting', to: 'record of the meeting' } as const;

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

/** The 200 people the stories quote, in the order the generator draws from. */
function syntheticPeople(): (Person & { office: string; from: string })[] {
  return FIRST_NAMES.flatMap((first, f) =>
    LAST_NAMES.map((last, l) => {
      const name = `${first} ${last}`;
      const office = OFFICES[(f + l) % OFFICES.length] ?? OFFICES[0];
      return { id: kebab(name), name, office, from: String(2010 + ((f * 7 + l) % 8)) };
    }),
  );
}

function writePeople(dir: string): Person[] {
  mkdirSync(join(dir, 'people'), { recursive: true });
  const people = syntheticPeople();
  for (const { id, name, office, from } of people) {
    write(
      join(dir, 'people', `${id}.yaml`),
      [`name: ${name}`, `description: ${office}.`, 'roles:', `  - title: ${office}`, `    from: "${from}"`].join('\n'),
    );
  }
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

/** What a story is made of before it is written: its dates, its sources and its statements. */
interface StoryPlan {
  n: number;
  slug: string;
  matter: string;
  asOfTime: number;
  asOf: string;
  sources: { id: string; date: string; publisher: string | undefined }[];
  statements: Statement[];
}

/** Draws a story's subject, speakers, sources and statements, in the order the random source is read. */
function planStory(n: number, count: number, random: Random, people: Person[], publishers: string[]): StoryPlan {
  const asOfTime = storyDay(n, count);
  const asOf = day(asOfTime);
  const matter = random.pick(MATTERS);
  const slug = `${kebab(matter.replace(/^the /, ''))}-${pad(n)}`;
  const speakers = random.sample(people, SPEAKERS_PER_STORY);
  const [publisherA, publisherB] = random.sample(publishers, 2);
  const sources = [
    {
      id: `${publisherA ?? ''}-${day(asOfTime - DAY_MS)}-${pad(n)}`,
      date: day(asOfTime - DAY_MS),
      publisher: publisherA,
    },
    { id: `${publisherB ?? ''}-${asOf}-${pad(n)}`, date: asOf, publisher: publisherB },
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
  return { n, slug, matter, asOfTime, asOf, sources, statements };
}

/** The story's two sources, whose excerpts hold its direct quotes word for word. */
function writeSources(dir: string, story: StoryPlan, random: Random): void {
  for (const source of story.sources) {
    const passages = story.statements
      .filter((statement) => statement.direct && statement.source === source.id)
      .map((statement) => `${statement.by.name} said: "${statement.words}" ${sentence(random)}`);
    write(
      join(dir, 'sources', `${source.id}.yaml`),
      [
        `publisher: ${source.publisher ?? ''}`,
        `title: "${capitalise(story.matter)}: what was said"`,
        `date: "${source.date}"`,
        'language: en',
        `url: https://example.org/${source.id}`,
        `archiveUrl: https://web.archive.org/web/${source.date.slice(0, 4)}/https://example.org/${source.id}`,
        'excerpt: |',
        ...passages.map((passage) => `  ${passage}`),
      ].join('\n'),
    );
  }
}

/** The story's folder: its index and its three sections, the statements in order across them. */
function writeStoryFiles(dir: string, story: StoryPlan, random: Random): void {
  const { n, matter, asOfTime, asOf, sources, statements } = story;
  const storyDir = join(dir, 'explainers', story.slug);
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
}

/** One story: its two sources, its index and its three sections; returns its slug. */
function writeStory(
  dir: string,
  [n, count]: [number, number],
  random: Random,
  people: Person[],
  publishers: string[],
): string {
  const story = planStory(n, count, random, people, publishers);
  writeSources(dir, story, random);
  writeStoryFiles(dir, story, random);
  return story.slug;
}

const SEED = 20_250_815;

/** Writes `count` stories, with the people and publishers they cite, into `dir` (which must not exist). */
export function writeSyntheticContent(dir: string, count: number, seed = SEED): SyntheticContent {
  const random = seededRandom(seed);
  const people = writePeople(dir);
  const publishers = writePublishers(dir);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'explainers'), { recursive: true });
  const stories = Array.from({ length: count }, (_, index) =>
    writeStory(dir, [index + 1, count], random, people, publishers),
  );
  const newest = stories.at(-1) ?? '';
  return { dir, stories, newest, editable: join(dir, 'explainers', stories[0] ?? '', `${SECTIONS[1]}.mdx`) };
}

/**
 * Writes story number `n` (above the `count` written) into content that `writeSyntheticContent`
 * wrote, dated as the stories of `count` are, with its own draws; returns its slug.
 */
export function writeExtraStory(dir: string, n: number, count: number, seed = SEED): string {
  return writeStory(dir, [n, count], seededRandom(seed + n), syntheticPeople(), OUTLETS.map(kebab));
}
