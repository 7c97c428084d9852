/**
 * The values each filter of the search offers, computed at build time from what the index is
 * built from, so the search page lists them before Pagefind loads: the statements' records
 * (through `statementFilters`, as the index gets them) and the filters the story and person
 * pages mark on themselves.
 */
import { orderFilterValues, SEARCH_FILTERS, SEARCH_KINDS, type SearchFilter } from './filters.ts';
import { statementFilters, storyOf, storyTitles, type SiteStatements } from './records.ts';

/** A person's page as the search sees it: the name, offered as a speaker when the page lists statements. */
export interface PersonPageFilters {
  name: string;
  speaker: boolean;
}

/** Every value of every filter, in the order its list shows them. */
export type SearchFilterValues = Record<SearchFilter, string[]>;

/**
 * The values of every filter the index holds: each statement record's, each story page's (its
 * kind and title) and each person page's (its kind, and the name of someone quoted).
 */
export function searchFilterValues(
  site: SiteStatements,
  { publishers, people }: { publishers: ReadonlyMap<string, string>; people: readonly PersonPageFilters[] },
): SearchFilterValues {
  const values = new Map<SearchFilter, string[]>(SEARCH_FILTERS.map((filter) => [filter, []]));
  const add = (filters: Partial<Record<string, string[]>>) => {
    for (const [filter, list] of values) list.push(...(filters[filter] ?? []));
  };
  const titles = storyTitles(site);
  for (const statement of site.statements) add(statementFilters(statement, storyOf(statement, titles), publishers));
  for (const title of titles.values()) add({ kind: [SEARCH_KINDS.story], story: [title] });
  for (const person of people) add({ kind: [SEARCH_KINDS.person], speaker: person.speaker ? [person.name] : [] });
  return Object.fromEntries(
    SEARCH_FILTERS.map((filter) => [filter, orderFilterValues(filter, values.get(filter) ?? [])]),
  ) as SearchFilterValues;
}
