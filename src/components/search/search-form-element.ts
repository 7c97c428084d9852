/**
 * `<search-form>`: the search page's form, run in the browser on Pagefind's index. The element
 * wraps the markup of SearchForm.astro; what it computes (the query, the address, the labels)
 * is in src/lib/search/, tested without a browser.
 */
import { SEARCH_FILTERS, SEARCH_MODES, type SearchFilter } from '../../lib/search/filters.ts';
import {
  pagefindScriptPath,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from '../../lib/search/pagefind.ts';
import {
  excerptParts,
  isEmptySearch,
  pagefindQuery,
  resultCountLabel,
  searchFromUrl,
  urlWithSearch,
  type SearchState,
} from '../../lib/search/state.ts';

/** Results shown at a time; "Show more results" adds as many again. */
const PAGE_SIZE = 20;
/** How long typing must pause before a search runs. */
const TYPING_PAUSE_MS = 250;
/** The filters shown under each result; the speaker is already in its title. */
const RESULT_LABELS: readonly SearchFilter[] = ['kind', 'mode', 'publisher', 'story'];

/** What loads Pagefind, once; a failed load is tried again at the next call. */
function pagefindLoader(): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () => {
    loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ pagefindScriptPath())) as Pagefind;
      await pagefind.init();
      return pagefind;
    })();
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

/** One result as a list item, from the page's template. */
function resultItem(template: HTMLTemplateElement, data: PagefindResultData): HTMLElement {
  const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const link = item.querySelector('a') as HTMLAnchorElement;
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  (item.querySelector('.result__excerpt') as HTMLElement).replaceChildren(
    ...excerptParts(data.excerpt).map(({ text, marked }) => {
      if (!marked) return text;
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
  const labels = RESULT_LABELS.flatMap((filter) =>
    (data.filters[filter] ?? []).map((value) => {
      const label = document.createElement('li');
      label.textContent = value;
      label.dataset['filter'] = filter;
      const mode = Object.entries(SEARCH_MODES).find(([, name]) => name === value)?.[0];
      if (filter === 'mode' && mode) label.dataset['mode'] = mode;
      return label;
    }),
  );
  (item.querySelector('.result__labels') as HTMLElement).replaceChildren(...labels);
  return item;
}

/**
 * The search itself: returns `run`, which searches for what the form asks and shows the first
 * results; "Show more results" shows the next ones.
 */
function searchRunner(
  element: HTMLElement,
  input: HTMLInputElement,
  selects: ReadonlyMap<SearchFilter, HTMLSelectElement>,
  load: () => Promise<Pagefind>,
): (waitForTyping: boolean) => Promise<void> {
  const status = element.querySelector('[role="status"]') as HTMLElement;
  const more = element.querySelector('.more') as HTMLButtonElement;
  const list = element.querySelector('.results') as HTMLOListElement;
  const template = element.querySelector('template') as HTMLTemplateElement;
  let results: PagefindResult[] = [];
  let shown = 0;
  // Each search takes a ticket; an answer that comes back after a newer search is dropped.
  let latest = 0;

  const read = (): SearchState => ({
    query: input.value,
    filters: Object.fromEntries([...selects].map(([filter, select]) => [filter, select.value])),
  });

  /** Shows the next results; the first of them, to move focus to. */
  const showMore = async (ticket: number) => {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (ticket !== latest) return undefined;
    const items = data.map((entry) => resultItem(template, entry));
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
    return items[0]?.querySelector('a') ?? undefined;
  };
  more.addEventListener('click', () => {
    void showMore(latest).then((first) => first?.focus());
  });

  const remember = () => {
    history.replaceState(history.state, '', urlWithSearch(location.href, read()));
  };

  return async (waitForTyping) => {
    const ticket = ++latest;
    remember();
    if (isEmptySearch(read())) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await load();
    } catch {
      if (ticket === latest) status.textContent = 'The search could not be loaded. Reload the page to try again.';
      return;
    }
    if (ticket !== latest) return;
    const { term, filters } = pagefindQuery(read());
    const search = waitForTyping
      ? await pagefind.debouncedSearch(term, { filters }, TYPING_PAUSE_MS)
      : await pagefind.search(term, { filters });
    if (!search || ticket !== latest) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    await showMore(ticket);
    if (ticket === latest) status.textContent = resultCountLabel(results.length);
  };
}

customElements.define(
  'search-form',
  class extends HTMLElement {
    connectedCallback() {
      const form = this.querySelector('form') as HTMLFormElement;
      const input = this.querySelector('input[type="search"]') as HTMLInputElement;
      const selects = new Map(
        SEARCH_FILTERS.map((filter) => [filter, this.querySelector(`select[name="${filter}"]`) as HTMLSelectElement]),
      );
      const load = pagefindLoader();
      const run = searchRunner(this, input, selects, load);

      // What the address asks for is set before anything loads, so the form shows it at once; a
      // value no list offers (no record has it) is left out, and leaves the address at the search.
      const asked = searchFromUrl(location.href);
      input.value = asked.query;
      for (const [filter, select] of selects) select.value = asked.filters[filter] ?? '';
      form.hidden = false;
      (this.querySelector('.needs-script') as HTMLElement).hidden = true;

      form.addEventListener('focusin', () => void load().catch(() => undefined), { once: true });
      input.addEventListener('input', () => void run(true));
      for (const select of selects.values()) select.addEventListener('change', () => void run(false));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void run(false);
      });
      // The form empties itself after the reset event; the search follows it.
      form.addEventListener('reset', () => {
        setTimeout(() => {
          void run(false);
          input.focus();
        });
      });
      if (!isEmptySearch(asked)) void run(false);
    }
  },
);
