/**
 * The filters of the site's search, in one place: the pages mark themselves with them, the
 * build gives each statement's record their values, and the search page offers them. A value
 * is what a reader sees in the list ("Direct quote"), so it is the same string everywhere.
 */
import type { DeliveryKind } from '../../schemas/delivery.ts';
import type { StatementMode } from '../../schemas/statement.ts';

/** The filters a search can narrow by, in the order the search page offers them. */
export const SEARCH_FILTERS = ['speaker', 'mode', 'delivery', 'story', 'publisher', 'kind'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What each filter's list is called on the search page, and what its "no choice" says. */
export const SEARCH_FILTER_LABELS: Record<SearchFilter, { label: string; any: string }> = {
  speaker: { label: 'Speaker', any: 'Anyone' },
  mode: { label: 'Quote or paraphrase', any: 'Either' },
  delivery: { label: 'Said, told, wrote or posted', any: 'Any way' },
  story: { label: 'Story', any: 'Any story' },
  publisher: { label: 'Publisher', any: 'Any publisher' },
  kind: { label: 'Type', any: 'Any type' },
};

/** What a search finds: a story's page, a person's page, or one statement of a story. */
export const SEARCH_KINDS = { story: 'Story', person: 'Person', statement: 'Statement' } as const;

/** A statement's mode as the search names it. */
export const SEARCH_MODES: Record<StatementMode, string> = { direct: 'Direct quote', paraphrase: 'Paraphrase' };

/** How a statement's words reached the public, as the search names it. */
export const SEARCH_DELIVERIES: Record<DeliveryKind, string> = {
  said: 'Said',
  told: 'Told',
  wrote: 'Wrote',
  posted: 'Posted',
};

/**
 * The order of a filter's values in its list: modes and kinds as above, everything else
 * alphabetically (names, story titles, publishers and the ways words were delivered are read,
 * not ranked).
 */
export function orderFilterValues(filter: SearchFilter, values: Iterable<string>): string[] {
  const fixed: readonly string[] | undefined =
    filter === 'mode' ? Object.values(SEARCH_MODES) : filter === 'kind' ? Object.values(SEARCH_KINDS) : undefined;
  const list = [...new Set(values)];
  if (fixed) return list.sort((a, b) => rank(fixed, a) - rank(fixed, b) || a.localeCompare(b, 'en'));
  return list.sort((a, b) => a.localeCompare(b, 'en'));
}

/** Where a value stands in a fixed order; a value it does not know goes last. */
function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}
