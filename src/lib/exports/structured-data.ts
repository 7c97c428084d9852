/**
 * What search engines read of a page (JSON-LD, schema.org): a story is a `NewsArticle` that
 * cites its sources, each statement in it a `Quotation` whose creator is a `Person`; a person's
 * page is a `Person`. Typed with `schema-dts`; plain TypeScript, tested without Astro.
 */
import type {
  CreativeWork,
  NewsArticle,
  Organization,
  Person as SchemaPerson,
  Quotation,
  Thing,
  WithContext,
} from 'schema-dts';
import type { Person } from '../../schemas/person.ts';
import type { PersonPage } from '../models/people.ts';
import type { PublisherView, SourceView } from '../models/sources.ts';
import type { StatementView } from '../models/statement-view.ts';
import { SITE_NAME } from '../site.ts';

/** Turns a site path into the address the data gives: absolute when the site's address is known. */
export type AddressOf = (path: string) => string;

/** The site as the publisher of its explainers. */
function siteOrganization(home: string): Organization {
  return { '@type': 'Organization', '@id': home, name: SITE_NAME, url: home };
}

function sourceWork(source: SourceView): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    datePublished: source.date,
    inLanguage: source.language,
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    publisher: organization(source.publisher),
    // A republished item is based on the original outlet's.
    ...(source.republishes
      ? { isBasedOn: { '@type': 'CreativeWork', publisher: organization(source.republishes.publisher) } }
      : {}),
  };
}

function organization(publisher: PublisherView): Organization {
  return { '@type': 'Organization', name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) };
}

function speaker(person: Pick<Person, 'name' | 'spellings'>, url: string): SchemaPerson {
  return {
    '@type': 'Person',
    '@id': url,
    name: person.name,
    ...(person.spellings.length > 0 ? { alternateName: person.spellings } : {}),
    url,
  };
}

/**
 * A statement as a `Quotation`. Its speaker is named by node id: the article lists each person
 * once (`mentions`), so that a story whose speakers are quoted often does not repeat them.
 */
function quotation(statement: StatementView, input: StoryData): Quotation {
  return {
    '@type': 'Quotation',
    text: statement.displayText,
    // A paraphrase is reported speech, not the speaker's own words: the data says so.
    ...(statement.mode === 'paraphrase' ? { description: 'Paraphrase: the source’s account of what was said' } : {}),
    creator: { '@id': input.personUrl(statement.speakerId) },
    ...(statement.date ? { dateCreated: statement.date.value } : {}),
    ...(statement.spokenLanguage ? { inLanguage: statement.spokenLanguage } : {}),
    url: `${input.url}#${statement.id}`,
  };
}

export interface StoryData {
  /** The story page's address. */
  url: string;
  /** The home page's address. */
  home: string;
  title: string;
  summary: string;
  published: string;
  /** The day of its latest update or correction, if any. */
  modified: string | undefined;
  /** The social card's address. */
  image: string | undefined;
  statements: readonly StatementView[];
  sources: readonly SourceView[];
  people: ReadonlyMap<string, Pick<Person, 'name' | 'spellings'>>;
  personUrl: (id: string) => string;
}

/** A story as a `NewsArticle`. */
export function storyStructuredData(input: StoryData): WithContext<NewsArticle> {
  const nameOf = new Map(input.statements.map((statement) => [statement.speakerId, statement.speakerName]));
  const speakerIds = [...nameOf.keys()];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.summary,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: input.published,
    dateModified: input.modified ?? input.published,
    inLanguage: 'en',
    ...(input.image ? { image: input.image } : {}),
    publisher: siteOrganization(input.home),
    author: { '@id': input.home },
    citation: input.sources.map(sourceWork),
    mentions: speakerIds.map((id) =>
      speaker(input.people.get(id) ?? { name: nameOf.get(id) ?? id, spellings: [] }, input.personUrl(id)),
    ),
    hasPart: input.statements.map((statement) => quotation(statement, input)),
  };
}

/** A person's page as a `Person`. */
export function personStructuredData(
  person: Pick<PersonPage, 'name' | 'spellings' | 'description' | 'roles'>,
  url: string,
): WithContext<SchemaPerson> {
  const current = person.roles.find((role) => role.to === undefined) ?? person.roles.at(-1);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    ...(person.spellings.length > 0 ? { alternateName: person.spellings } : {}),
    description: person.description,
    ...(current ? { jobTitle: current.title } : {}),
    url,
  };
}

/**
 * JSON-LD as the text of its script element: `<` is escaped, so that no value, however
 * written, can close the element or open another.
 */
export function jsonLdText(data: WithContext<Thing>): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
