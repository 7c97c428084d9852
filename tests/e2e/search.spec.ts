/**
 * The search page: Pagefind's index of the story and person pages and of every statement,
 * searched and filtered in the browser, the search kept in the address, the page without
 * JavaScript, and the one relaxation of the security policy it needs.
 */
import { expect, test } from '@playwright/test';
import { watchPolicy } from './policy.ts';
import { kindsShown, linkOf, resultLinks, statements, type ExportedStatement } from './search-results.ts';
import { at } from './site.ts';

const ushakovDirect = statements.filter(
  (statement) => statement.speaker.id === 'yuri-ushakov' && statement.mode === 'direct',
);
const ushakov = ushakovDirect[0]?.speaker.name ?? 'Yuri Ushakov';

test('Ushakov’s direct quotes are one search, and a result leads to the statement', async ({ page }) => {
  expect(ushakovDirect.length).toBeGreaterThan(1);
  await page.goto('search/');
  await page.getByLabel('Words to find').fill('Ushakov');
  await page.getByLabel('Speaker').selectOption(ushakov);
  await page.getByLabel('Quote or paraphrase').selectOption('Direct quote');

  await expect(page.getByRole('status')).toHaveText(`${String(ushakovDirect.length)} results`);
  await expect(page.locator('.results > li')).toHaveCount(ushakovDirect.length);
  expect((await resultLinks(page)).sort()).toEqual(ushakovDirect.map((statement) => linkOf(statement.anchor)).sort());
  expect(await kindsShown(page)).toEqual({ Statement: ushakovDirect.length });

  const first = page.locator('.results > li h2 a').first();
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const statement = page.locator(`#article [id="${href.split('#')[1] ?? ''}"]`);
  await expect(statement).toHaveCount(1);
  await expect(statement).toBeInViewport();
});

test('filters alone, with no words, list every record they match', async ({ page }) => {
  await page.goto(`search/?speaker=${encodeURIComponent(ushakov)}&mode=${encodeURIComponent('Direct quote')}`);
  await expect(page.getByRole('status')).toHaveText(`${String(ushakovDirect.length)} results`);
  expect((await resultLinks(page)).sort()).toEqual(ushakovDirect.map((statement) => linkOf(statement.anchor)).sort());
});

test('the search is kept in the address: a reload, or the link shared, shows it again', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Words to find').fill('summit');
  await page.getByLabel('Type').selectOption('Statement');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
  const links = await resultLinks(page);
  expect(links.length).toBeGreaterThan(0);
  const params = new URL(page.url()).searchParams;
  expect([params.get('q'), params.get('kind')]).toEqual(['summit', 'Statement']);

  await page.reload();
  await expect(page.getByLabel('Words to find')).toHaveValue('summit');
  await expect(page.getByLabel('Type')).toHaveValue('Statement');
  await expect(page.locator('.results > li')).toHaveCount(links.length);
  expect(await resultLinks(page)).toEqual(links);

  // Cleared, the search leaves the address too.
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.locator('.results > li')).toHaveCount(0);
  await expect(page.getByLabel('Words to find')).toBeFocused();
  expect(new URL(page.url()).search).toBe('');
});

test('Pagefind loads only once the reader turns to the search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith(at('/pagefind/')))).toEqual([]);
  await page.getByLabel('Words to find').focus();
  await expect.poll(() => requested.includes(at('/pagefind/pagefind.js'))).toBe(true);
  // Every speaker of the export is offered.
  const speakers = [...new Set(statements.map((statement) => statement.speaker.name))];
  for (const name of speakers)
    await expect(page.getByLabel('Speaker').locator('option', { hasText: name })).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs it, and leads to the stories and the people', async ({ page }) => {
    await page.goto('search/');
    const main = page.locator('main');
    await expect(main.getByText('Search needs JavaScript')).toBeVisible();
    await expect(main.getByRole('link', { name: 'the stories' })).toHaveAttribute('href', at('/'));
    await expect(main.getByRole('link', { name: 'the people' })).toHaveAttribute('href', at('/people/'));
    await expect(page.getByRole('search')).toBeHidden();
  });
});

/**
 * A statement and four words of it, written with letters alone, that no other statement holds:
 * the opening words, which the sidebar shows too.
 */
function distinctivePhrase(): { statement: ExportedStatement; phrase: string } {
  for (const statement of statements) {
    const words = statement.displayText.split(/\s+/).slice(0, 4);
    if (words.length < 4 || !words.every((word) => /^\p{L}+$/u.test(word))) continue;
    const phrase = words.join(' ');
    const holders = statements.filter((other) => other.displayText.toLowerCase().includes(phrase.toLowerCase()));
    if (holders.length === 1) return { statement, phrase };
  }
  throw new Error('no statement opens with four plain words of its own');
}

/** How often `phrase` occurs in `text`, whitespace aside. */
function occurrences(text: string, phrase: string): number {
  return text.replace(/\s+/g, ' ').toLowerCase().split(phrase.toLowerCase()).length - 1;
}

test('a statement is found once as itself, and its story page once, the sidebar left out', async ({ page }) => {
  const { statement, phrase } = distinctivePhrase();
  await page.goto('search/');
  await page.getByLabel('Words to find').fill(`"${phrase}"`);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
  const kinds = await kindsShown(page);
  expect(kinds['Statement']).toBe(1);
  expect(kinds['Story'] ?? 0).toBeLessThanOrEqual(1);
  expect(kinds['Person'] ?? 0).toBeLessThanOrEqual(1);
  expect(await resultLinks(page)).toContain(linkOf(statement.anchor));

  // The story page's record holds the words as often as its text does, not once more for the sidebar.
  const indexed = await page.evaluate(
    async ({ script, query }) => {
      const pagefind = (await import(script)) as {
        search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
      };
      const found = await pagefind.search(query);
      return Promise.all(found.results.map((result) => result.data()));
    },
    { script: at('/pagefind/pagefind.js'), query: `"${phrase}"` },
  );
  const storyUrl = linkOf(statement.anchor).split('#')[0] ?? '';
  const storyRecord = indexed.find((record) => record.url === storyUrl);
  expect(storyRecord, `${storyUrl} is found`).toBeDefined();

  await page.goto(storyUrl);
  const text = await page.locator('.explainer').evaluate((explainer) => {
    const sidebar = explainer.querySelector('.explainer__sidebar');
    const rest = explainer.cloneNode(true) as HTMLElement;
    rest.querySelector('.explainer__sidebar')?.remove();
    return { sidebar: sidebar?.textContent ?? '', rest: rest.textContent };
  });
  expect(occurrences(text.sidebar, phrase), 'the sidebar shows the words').toBeGreaterThan(0);
  const inIndex = occurrences(storyRecord?.content ?? '', phrase);
  expect(inIndex).toBeGreaterThan(0);
  expect(inIndex).toBeLessThanOrEqual(occurrences(text.rest, phrase));
});

test('searching breaks no rule of the page’s security policy, which alone allows WebAssembly', async ({
  page,
  baseURL,
}) => {
  const breaches = await watchPolicy(page, new URL(baseURL ?? '').origin);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('search/');
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);

  await page.getByLabel('Words to find').fill('Anchorage');
  await page.getByLabel('Quote or paraphrase').selectOption('Paraphrase');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
  await expect(page.locator('.results > li').first()).toBeVisible();
  expect(await breaches()).toEqual([]);
  expect(problems).toEqual([]);

  for (const other of ['', 'people/']) {
    await page.goto(other);
    const elsewhere = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(elsewhere, other || 'home').toContain('script-src');
    expect(elsewhere, other || 'home').not.toContain('wasm-unsafe-eval');
  }
});
