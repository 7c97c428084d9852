/**
 * The pages across stories: a person's statements from every story, the site-wide timeline,
 * and the home page's list of stories.
 */
import { expect, test, type Page } from '@playwright/test';
import { at } from './site.ts';

const USHAKOV = at('/people/yuri-ushakov/');

/** The `datetime` of each element the locator finds, in page order. */
async function datetimes(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
}

/** The first words of an excerpt, up to any quotation mark, apostrophe or ellipsis the page may render differently. */
function openingWords(excerpt: string): string {
  // A paraphrase reads as a sentence of its own on a person's page: "Said that …".
  return (
    excerpt
      .replace(/^(?:Said that|Described|In substance:)\s+/, '')
      .split(/["“”‘’'…]/)
      .find((part) => part.trim().length > 0) ?? ''
  )
    .trim()
    .slice(0, 30)
    .trim();
}

test('Ushakov’s page lists his statements in date order, June before October', async ({ page }) => {
  await page.goto(USHAKOV);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yuri Ushakov');
  await expect(page.getByText('Also spelled: Yury Ushakov')).toBeVisible();
  const dates = await datetimes(page, '.said__head time');
  expect(dates.length).toBeGreaterThanOrEqual(2);
  expect(dates).toEqual([...dates].sort());
  const months = dates.map((date) => date.slice(0, 7));
  expect(months).toContain('2025-06');
  expect(months).toContain('2025-10');
  expect(months.lastIndexOf('2025-06')).toBeLessThan(months.indexOf('2025-10'));
});

test('on a desktop a person’s roles sit beside their statements; on a phone, above them', async ({ page }) => {
  const boxes = async () => {
    const roles = await page.locator('.person-roles').boundingBox();
    const statements = await page.locator('.person-statements').boundingBox();
    if (!roles || !statements) throw new Error('the roles or the statements are missing');
    return { roles, statements };
  };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(USHAKOV);
  const wide = await boxes();
  expect(wide.roles.x).toBeGreaterThanOrEqual(wide.statements.x + wide.statements.width);
  expect(wide.roles.y).toBeLessThan(wide.statements.y + 200);
  await page.setViewportSize({ width: 375, height: 800 });
  const narrow = await boxes();
  expect(narrow.roles.y + narrow.roles.height).toBeLessThanOrEqual(narrow.statements.y);
});

test('each statement on Ushakov’s page links to that statement on its story page', async ({ page }) => {
  await page.goto(USHAKOV);
  const entries = page.locator('.said');
  const targets = await entries.evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('.said__story')?.getAttribute('href') ?? '',
      excerpt: item.querySelector('.said__words')?.textContent ?? '',
    })),
  );
  expect(targets.length).toBeGreaterThanOrEqual(2);
  const stories = new Set(targets.map((target) => target.href.split('#')[0]));
  expect(stories.size).toBeGreaterThanOrEqual(2);

  // Followed by a click, the link lands on the statement in the story's text.
  const [first] = targets;
  await entries.first().locator('.said__story').first().click();
  await expect(page).toHaveURL(new RegExp(`${first?.href ?? ''}$`));
  const firstStatement = page.locator(`[id="${first?.href.split('#')[1] ?? ''}"]`);
  await expect(firstStatement).toBeInViewport();
  await expect(firstStatement).toContainText(openingWords(first?.excerpt ?? ''));

  for (const { href, excerpt } of targets.slice(1)) {
    await page.goto(href);
    const statement = page.locator(`#article [id="${href.split('#')[1] ?? ''}"]`);
    await expect(statement, href).toHaveCount(1);
    await expect(statement, href).toContainText(openingWords(excerpt));
  }
});

test('Trump’s page gives words two stories quote once, in full, with both stories, its sources and occasion', async ({
  page,
}) => {
  await page.goto(at('/people/donald-trump/'));
  const entry = page.locator('.said').filter({ hasText: 'no deal until there' });
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('.said__words')).toHaveText('There’s no deal until there’s a deal.');
  await expect(entry.locator('.said__meta')).toContainText(
    'Where Summit at Joint Base Elmendorf-Richardson, Anchorage',
  );
  await expect(entry.locator('.said__meta')).toContainText('Quoted in When would Putin and Trump meet?');
  const stories = await entry
    .locator('.said__story')
    .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').split('#')[0]));
  expect(stories).toEqual([at('/putin-trump-meeting-2025/'), at('/alaska-summit-2025/')]);
  // Its sources lead to the source lists of the stories that cite them.
  const sources = await entry
    .locator('.citation a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(sources.length).toBeGreaterThan(0);
  for (const href of sources) expect(href).toMatch(new RegExp(`^${at('/')}[a-z0-9-]+/#source-`));
});

test('no two links on a person’s page share a name but lead to different places (WCAG 2.4.4)', async ({ page }) => {
  for (const person of ['yuri-ushakov', 'donald-trump', 'vladimir-putin']) {
    await page.goto(at(`/people/${person}/`));
    const links = await page.locator('main a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        name: anchor.textContent.replace(/\s+/g, ' ').trim(),
        href: anchor.getAttribute('href'),
      })),
    );
    const targets = new Map<string, Set<string>>();
    for (const { name, href } of links) targets.set(name, (targets.get(name) ?? new Set()).add(href ?? ''));
    const ambiguous = [...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name]) => name);
    expect(ambiguous, person).toEqual([]);
  }
});

test('the timeline is in date order by month, each statement linking to its place and each story named once a day', async ({
  page,
}) => {
  await page.goto(at('/timeline/'));
  const dates = await datetimes(page, '.day__date time');
  expect(dates.length).toBeGreaterThan(1);
  // A date given to the month only ("2025-10") comes after the days of its month.
  const key = (date: string) => (date.length === 7 ? `${date}-99` : date);
  expect(dates).toEqual([...dates].sort((a, b) => key(a).localeCompare(key(b))));
  expect(dates.indexOf('2025-10')).toBeGreaterThan(dates.indexOf('2025-10-08'));
  expect(new Set(dates).size).toBe(dates.length);
  await expect(page.getByRole('heading', { level: 2, name: 'June 2025' })).toBeVisible();
  await expect(page.locator('.item--event').first()).toBeVisible();
  // No story is named twice on one date.
  const names = await page
    .locator('.day')
    .evaluateAll((days) =>
      days.map((day) => [...day.querySelectorAll('.day__story-name a')].map((link) => link.getAttribute('href'))),
    );
  for (const day of names) expect(new Set(day).size).toBe(day.length);
  // The weeks between June and the summit are said, not left for the reader to count.
  await expect(page.locator('.day__gap').first()).toHaveText('7 weeks with nothing on record');
  const link = page.locator('.item--statement .item__words').first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^${at('/')}[a-z0-9-]+/#[a-z0-9-]+$`));
  await link.click();
  await expect(page.locator(`[id="${href.split('#')[1] ?? ''}"]`)).toBeInViewport();
});

test.describe('the timeline, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a person’s page leads to their timeline', async ({ page }) => {
    await page.goto(USHAKOV);
    await page.getByRole('link', { name: 'Yuri Ushakov on the timeline' }).click();
    await expect(page).toHaveURL(new RegExp(`${at('/timeline/person/yuri-ushakov/')}$`));
  });

  test('narrows to one person or one story by a link, and back to everything', async ({ page }) => {
    await page.goto(at('/timeline/'));
    const filters = page.getByRole('navigation', { name: 'Narrow the timeline' });
    await filters.getByRole('link', { name: 'Yuri Ushakov' }).click();
    await expect(page).toHaveURL(new RegExp(`${at('/timeline/person/yuri-ushakov/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: Yuri Ushakov');
    await expect(filters.getByRole('link', { name: 'Yuri Ushakov' })).toHaveAttribute('aria-current', 'page');
    const speakers = await page.locator('.item__who').allTextContents();
    expect(speakers.length).toBeGreaterThan(1);
    expect(new Set(speakers)).toEqual(new Set(['Yuri Ushakov']));
    await expect(page.locator('.item--event')).toHaveCount(0);

    await filters.getByRole('link', { name: /^The Alaska summit/ }).click();
    await expect(page).toHaveURL(new RegExp(`${at('/timeline/story/alaska-summit-2025/')}$`));
    const months = await page.locator('.month__label').allTextContents();
    expect(months).toEqual(['August 2025']);
    await expect(page.locator('.day__story-name')).toHaveCount(0);

    await filters.getByRole('link', { name: 'Everything' }).click();
    await expect(page).toHaveURL(new RegExp(`${at('/timeline/')}$`));
    expect((await page.locator('.month__label').allTextContents()).length).toBeGreaterThan(1);
  });
});

test('the home page lists the three stories newest first, each with its span and speakers', async ({ page }) => {
  await page.goto(at('/'));
  const stories = page.locator('.story');
  await expect(stories.locator('h2 a')).toHaveCount(3);
  const published = await stories.evaluateAll((items) =>
    items.map((item) => item.querySelector('.meta time')?.getAttribute('datetime') ?? ''),
  );
  expect(published).toEqual([...published].sort().reverse());
  const links = await stories.locator('h2 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(links).toEqual([
    at('/anchorage-momentum-2025/'),
    at('/alaska-summit-2025/'),
    at('/putin-trump-meeting-2025/'),
  ]);
  const june = stories.filter({ has: page.locator(`a[href="${at('/putin-trump-meeting-2025/')}"]`) });
  await expect(june.locator('.facts')).toContainText(/Covers.*2025/);
  await expect(june.locator('.facts')).toContainText('Yuri Ushakov, Vladimir Putin');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the site’s navigation and a sidebar speaker lead to the people and the timeline', async ({ page }) => {
    await page.goto(at('/putin-trump-meeting-2025/'));
    const nav = page.getByRole('navigation', { name: 'Site' });
    await nav.getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(/\/timeline\/$/);
    await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('link', { name: 'Yuri Ushakov' })).toBeVisible();
    await page.goto(at('/putin-trump-meeting-2025/'));
    await page
      .getByRole('complementary', { name: 'Who said what' })
      .getByRole('link', { name: 'Yuri Ushakov', exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`${USHAKOV}$`));
  });
});

test('the people list gives those quoted first, and those only named apart after them', async ({ page }) => {
  await page.goto(at('/people/'));
  const onlyNamed = ['Marco Rubio', 'Pavel Zarubin', 'Sergey Lavrov', 'Steve Witkoff'];
  const quoted = (await page.locator('.people .person h2').allTextContents()).map((name) => name.trim());
  expect(quoted).toContain('Yuri Ushakov');
  expect(quoted.filter((name) => onlyNamed.includes(name))).toEqual([]);
  const named = page.getByRole('region', { name: 'Named in the stories, not quoted' });
  expect((await named.getByRole('link').allTextContents()).sort()).toEqual(onlyNamed);
});

test('on a desktop the people list uses the page’s width, in columns; on a phone, one column', async ({ page }) => {
  const columns = async () =>
    new Set(
      await page
        .locator('.people .person')
        .evaluateAll((people) => people.map((person) => Math.round(person.getBoundingClientRect().x))),
    ).size;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(at('/people/'));
  expect(await columns()).toBeGreaterThanOrEqual(2);
  const list = await page.locator('.people').boundingBox();
  expect(list && list.width).toBeGreaterThan(1280 * 0.8);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await columns()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
