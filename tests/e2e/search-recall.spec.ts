/**
 * A half-remembered quote is found: through any version of a statement, in its own language
 * and script; as an exact phrase, in whatever quotation marks a phone types; under any
 * spelling of the speaker's name; and by any outlet of the chain it came through. The filters'
 * lists are filled before Pagefind loads, with exactly the values its index holds.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  kindsShown,
  linkOf,
  resultLinks,
  statementById,
  statements,
  type ExportedStatement,
} from './search-results.ts';
import { at } from './site.ts';

/** Searches for `words` and waits for the answer. */
async function search(page: Page, words: string): Promise<void> {
  await page.goto('search/');
  await page.getByLabel('Words to find').fill(words);
  await expect(page.getByRole('status')).toHaveText(/^(\d+ results?|No results)$/);
}

/** The links of the statements among the results shown, sorted. */
async function statementLinks(page: Page): Promise<string[]> {
  const links = await resultLinks(page);
  return links.filter((link) => link.includes('#')).sort();
}

/** Every publisher id of a statement's chains: its citations' and its versions'. */
function outletsOf(statement: ExportedStatement): Set<string> {
  return new Set(
    [statement.citations, ...statement.renderings.map((rendering) => rendering.citations)].flatMap((citations) =>
      citations.flatMap((citation) => [
        citation.publisher,
        citation.originalPublisher,
        ...citation.citing.map((link) => link.publisher),
      ]),
    ),
  );
}

const words: [query: string, statement: string][] = [
  ['powerful impetus', 'ryabkov-momentum-exhausted'],
  ['largely gone', 'ryabkov-momentum-exhausted'],
  ['last Ukrainian', 'ryabkov-momentum-exhausted'],
  ['сосед', 'putin-greeting'],
];

for (const [query, id] of words) {
  test(`"${query}", the words of one version of a statement, finds the statement itself`, async ({ page }) => {
    const statement = statementById(id);
    expect(
      statement.renderings.some((rendering) => rendering.displayText.includes(query)),
      'a version holds the words',
    ).toBe(true);
    await search(page, query);
    const item = page.locator('.results > li').filter({ has: page.locator(`a[href="${linkOf(statement.anchor)}"]`) });
    await expect(item).toHaveCount(1);
    await expect(item.locator('h2')).toContainText(statement.speaker.name);
    await expect(item.locator('[data-filter="kind"]')).toHaveText('Statement');
  });
}

test('words in quotation marks are found as a phrase, typed straight, curly or in guillemets', async ({ page }) => {
  const anyMoment = statementById('ushakov-any-moment');
  const momentum = statements.filter((statement) => /momentum/i.test(JSON.stringify(statement)));
  expect(momentum.length).toBeGreaterThan(0);
  for (const query of ['"any moment"', '“any moment”', '«any moment»']) {
    await search(page, query);
    const links = await resultLinks(page);
    expect(links, query).toContain(linkOf(anyMoment.anchor));
    for (const statement of momentum) expect(links, query).not.toContain(linkOf(statement.anchor));
  }
});

test('a speaker is found under every spelling of their name, with the same statements', async ({ page }) => {
  const ryabkov = statements.filter((statement) => statement.speaker.id === 'sergei-ryabkov');
  expect(ryabkov.length).toBeGreaterThan(1);
  const found: Record<string, string[]> = {};
  for (const name of ['Sergei Ryabkov', 'Sergey Ryabkov']) {
    await search(page, name);
    found[name] = await statementLinks(page);
    expect((await kindsShown(page))['Person'], name).toBe(1);
    await expect(page.locator(`.results a[href="${at('/people/sergei-ryabkov/')}"]`), name).toHaveCount(1);
  }
  expect(found['Sergey Ryabkov']).toEqual(ryabkov.map((statement) => linkOf(statement.anchor)).sort());
  expect(found['Sergey Ryabkov']).toEqual(found['Sergei Ryabkov']);
});

test('a publisher finds every statement that came through it: relayed, republished or in a version', async ({
  page,
}) => {
  const viaTass = statements.filter((statement) => outletsOf(statement).has('tass'));
  expect(viaTass.length).toBeGreaterThan(1);
  await page.goto(`search/?publisher=TASS`);
  await expect(page.getByRole('status')).toHaveText(`${String(viaTass.length)} results`);
  expect((await resultLinks(page)).sort()).toEqual(viaTass.map((statement) => linkOf(statement.anchor)).sort());
});

test('the filters’ lists are filled before Pagefind loads, with exactly the values its index holds', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  const offered = await page
    .locator('select')
    .evaluateAll((selects) =>
      Object.fromEntries(
        selects.map((select) => [
          (select as HTMLSelectElement).name,
          [...(select as HTMLSelectElement).options].slice(1).map((option) => option.value),
        ]),
      ),
    );
  expect(requested.filter((path) => path.startsWith(at('/pagefind/')))).toEqual([]);

  const indexed = await page.evaluate(async (script) => {
    const pagefind = (await import(script)) as { filters: () => Promise<Record<string, Record<string, number>>> };
    return pagefind.filters();
  }, at('/pagefind/pagefind.js'));
  for (const filter of Object.keys(indexed))
    expect(offered, 'every filter of the index is offered').toHaveProperty(filter);
  for (const [filter, values] of Object.entries(offered))
    expect([...values].sort(), filter).toEqual(Object.keys(indexed[filter] ?? {}).sort());
});

test('on a desktop the results sit beside the form, which stays in view; on a phone, under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`search/?speaker=${encodeURIComponent('Yuri Ushakov')}`);
  await expect(page.locator('.results > li').first()).toBeVisible();
  const form = await page.locator('form.search').boundingBox();
  const results = await page.locator('.results').boundingBox();
  expect(form && results && results.x).toBeGreaterThanOrEqual((form?.x ?? 0) + (form?.width ?? 0));
  expect(form && results && Math.abs(results.y - form.y)).toBeLessThan(120);
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
  });
  await expect(page.getByLabel('Words to find')).toBeInViewport();
  await page.setViewportSize({ width: 375, height: 800 });
  const narrowForm = await page.locator('form.search').boundingBox();
  const narrowResults = await page.locator('.results').boundingBox();
  expect(narrowForm && narrowResults && narrowResults.y).toBeGreaterThanOrEqual(
    (narrowForm?.y ?? 0) + (narrowForm?.height ?? 0),
  );
});
