/**
 * The route data of the search page: the values each of its filters offers, from the same
 * statements and pages the build indexes, so the lists are filled before Pagefind loads.
 */
import { siteStatementsExport } from '../exports/statements-export.ts';
import { buildPeople } from '../models/people.ts';
import { storyPath } from '../paths.ts';
import { searchFilterValues, type SearchFilterValues } from '../search/filter-values.ts';
import { loadSiteData } from './site-data.ts';
import { loadSiteInput } from './site-pages.ts';

export interface SearchRoute {
  /** Every value of every filter, in the order its list shows them. */
  filters: SearchFilterValues;
}

/** The search page. */
export async function searchRoute(): Promise<SearchRoute> {
  const [input, site] = await Promise.all([loadSiteInput(), loadSiteData()]);
  const publishers = new Map([...site.publishers].map(([id, publisher]) => [id, publisher.name]));
  const people = buildPeople(input).map((person) => ({ name: person.name, speaker: person.statements.length > 0 }));
  return { filters: searchFilterValues(siteStatementsExport(input.stories, storyPath), { publishers, people }) };
}
