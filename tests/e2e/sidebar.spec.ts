/**
 * The "Who said what" sidebar as a reader meets it: a roster of every speaker with their
 * counts, their entries in the order they were said and grouped by occasion, all in view
 * beside the article on a wide screen, and on a phone the roster first with the entries one
 * tap away, the story close below.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { at } from './site.ts';

const JUNE = at('/putin-trump-meeting-2025/');
const STORIES = [JUNE, at('/alaska-summit-2025/'), at('/anchorage-momentum-2025/')];
const PHONE = { width: 375, height: 740 };

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Who said what' });
const roster = (page: Page) => sidebar(page).locator('ol.roster > li.roster__item');
const toggle = (page: Page) => sidebar(page).locator('summary');
/** The days of a speaker's entries, in the order shown; "" for an entry without a date. */
const daysOf = (group: Locator) =>
  group
    .locator('.entry')
    .evaluateAll((entries) => entries.map((entry) => entry.querySelector('time')?.getAttribute('datetime') ?? ''));

test.use({ viewport: { width: 1280, height: 900 } });

test('the roster names every speaker of the June story, in order, with their counts', async ({ page }) => {
  await page.goto(JUNE);
  await expect(roster(page)).toHaveText([
    /Yuri Ushakov.*Aide to the President of Russia on foreign policy.*6 statements: 4 quoted, 2 paraphrased/,
    /Vladimir Putin.*President of Russia.*1 statement, paraphrased/,
    /Donald Trump.*President of the United States.*5 statements: 3 quoted, 2 paraphrased/,
    /Volodymyr Zelensky.*President of Ukraine.*2 statements, both paraphrased/,
  ]);
  await expect(roster(page).first()).toHaveAttribute('data-speaker', 'yuri-ushakov');
  // Each line carries the speaker's mark, as the text and the entries do.
  for (const item of await roster(page).all()) await expect(item.locator('.mark')).toHaveCount(1);
});

for (const story of STORIES) {
  test(`${story}: the roster counts what each speaker says in the text, and leads to their entries`, async ({
    page,
  }) => {
    await page.goto(story);
    // As many lines as speakers in the text.
    const speakers = await page
      .locator('#article .said[data-speaker]')
      .evaluateAll((said) => new Set(said.map((statement) => statement.getAttribute('data-speaker'))).size);
    await expect(roster(page)).toHaveCount(speakers);
    for (const item of await roster(page).all()) {
      const speaker = (await item.getAttribute('data-speaker')) ?? '';
      const said = page.locator(`#article .said[data-speaker="${speaker}"]`);
      const total = await said.count();
      const quoted = await page.locator(`#article .said--direct[data-speaker="${speaker}"]`).count();
      await expect(item).toContainText(`${String(total)} statement`);
      if (quoted > 0 && quoted < total) await expect(item).toContainText(`${String(quoted)} quoted`);

      const link = item.locator(`a[href="#speaker-${speaker}"]`);
      await expect(link).toHaveCount(1);
      const group = page.locator(`[id="speaker-${speaker}"]`);
      await expect(group.locator('.entry')).toHaveCount(total);
      // Every entry in the group is a statement of that speaker.
      const targets = await group
        .locator('.entry__text')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(1) ?? ''));
      for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-speaker', speaker);
    }
  });

  test(`${story}: each speaker’s entries read in the order they were said, undated ones last`, async ({ page }) => {
    await page.goto(story);
    for (const group of await sidebar(page).locator('.speaker').all()) {
      const days = await daysOf(group);
      const dated = days.filter(Boolean);
      expect(dated).toEqual([...dated].sort());
      expect(days.slice(dated.length).every((value) => value === '')).toBe(true);
    }
  });
}

test('Ushakov’s entries run from 1 June to 29 June, though the text tells 29 June first', async ({ page }) => {
  await page.goto(JUNE);
  const text = await page
    .locator('#article .said[data-speaker="yuri-ushakov"]')
    .evaluateAll((statements) => statements.map((statement) => statement.id));
  const ushakov = page.locator('#speaker-yuri-ushakov');
  expect(await daysOf(ushakov)).toEqual([
    '2025-06-01',
    '2025-06-01',
    '2025-06-29',
    '2025-06-29',
    '2025-06-29',
    '2025-06-29',
  ]);
  const shown = await ushakov
    .locator('.entry__text')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(1)));
  expect(shown).not.toEqual(text);
  expect([...shown].sort()).toEqual([...text].sort());
});

test('the entries of one interview share one line for its venue and channel, and one for its report', async ({
  page,
}) => {
  await page.goto(JUNE);
  const ushakov = page.locator('#speaker-yuri-ushakov');
  await expect(ushakov.getByText('Interview with Pavel Zarubin · Russia-1 television', { exact: true })).toHaveCount(1);
  const unn = ushakov.locator('.occasion__source').filter({ hasText: /^Source: UNN/ });
  await expect(unn).toHaveCount(1);
  // The three entries from UNN's report follow it, with no venue, channel or source of their own.
  const entries = unn.locator('+ ol > .entry');
  await expect(entries).toHaveCount(3);
  for (const entry of await entries.all()) {
    await expect(entry).not.toContainText('Russia-1');
    await expect(entry.locator('a[href^="#source-"]')).toHaveCount(0);
    // A screen reader still hears, on each entry, what the group says once.
    await expect(entry.locator('.entry__text')).toHaveAccessibleDescription(
      /Interview with Pavel Zarubin · Russia-1 television Source: UNN/,
    );
  }
});

test('every entry leads to its place in the text with one link, and a paraphrase reads as a sentence', async ({
  page,
}) => {
  for (const story of STORIES) {
    await page.goto(story);
    for (const entry of await sidebar(page).locator('.entry').all()) {
      const id = ((await entry.getAttribute('id')) ?? '').replace(/^wsw-/, '');
      await expect(entry.locator(`a[href="#${id}"]`)).toHaveCount(1);
      await expect(entry.locator('.entry__head')).toHaveText(/\d{4}|Date not given/);
    }
    for (const words of await sidebar(page).locator('.entry--paraphrase .entry__text').allTextContents()) {
      expect(words.trim()).toMatch(/^\p{Lu}/u);
      expect(words).toMatch(/[.!?…][”’]?\s*\(go to/);
    }
  }
  await page.goto(JUNE);
  await expect(sidebar(page).locator('.entry--paraphrase .entry__text').first()).toContainText(
    'Said that a meeting might not happen in 2025',
  );
});

test('at 1280×900 the roster and the first entries are in view, and nothing scrolls in a box', async ({ page }) => {
  await page.goto(JUNE);
  for (const item of await roster(page).all()) await expect(item).toBeInViewport({ ratio: 1 });
  await expect(sidebar(page).locator('.entry').first()).toBeInViewport({ ratio: 1 });
  await expect(toggle(page)).toBeHidden();
  // Side by side with the article.
  const article = await page.locator('#article').boundingBox();
  const aside = await sidebar(page).boundingBox();
  expect(aside && article && aside.x).toBeGreaterThanOrEqual((article?.x ?? 0) + (article?.width ?? 0));
  expect(aside && article && aside.y).toBeLessThan(article?.y ?? 0);
  // No box of its own to scroll: the sidebar is as tall as what it holds.
  const boxes = await sidebar(page).evaluate((aside: Element): string[] =>
    [aside, ...aside.querySelectorAll('*')]
      .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowY))
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(boxes).toEqual([]);
  expect(await sidebar(page).evaluate((aside) => aside.scrollHeight - aside.clientHeight)).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  for (const story of STORIES) {
    test(`${story}: the story comes first, the sidebar one tap away in its contents, and nothing scrolls sideways`, async ({
      page,
    }) => {
      await page.goto(story);
      await expect(sidebar(page).locator('.entry').first()).toBeHidden();
      const top = await page
        .locator('#article .prose p')
        .first()
        .evaluate((p) => p.getBoundingClientRect().top);
      expect(top).toBeLessThan(1600);
      await page.locator('details.contents summary').tap();
      await page.locator('details.contents').getByRole('link', { name: 'Who said what' }).tap();
      await expect(roster(page).first()).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    });
  }

  test('a tap on a speaker in the roster opens their entries', async ({ page }) => {
    await page.goto(JUNE);
    await roster(page).filter({ hasText: 'Donald Trump' }).getByRole('link').tap();
    await expect(page).toHaveURL(/#speaker-donald-trump$/);
    await expect(page.locator('#speaker-donald-trump .entry').first()).toBeVisible();
    await expect(page.locator('#speaker-donald-trump h3')).toBeInViewport();
  });

  test('a tap on the toggle opens every entry, and another folds them again', async ({ page }) => {
    await page.goto(JUNE);
    await expect(toggle(page)).toHaveText('All 14 statements, by speaker');
    await toggle(page).tap();
    await expect(sidebar(page).locator('.entry')).toHaveCount(14);
    for (const entry of await sidebar(page).locator('.entry').all()) await expect(entry).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await toggle(page).tap();
    await expect(sidebar(page).locator('.entry').first()).toBeHidden();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the roster and every entry read beside the article; the highlight buttons stay hidden', async ({ page }) => {
    await page.goto(JUNE);
    await expect(roster(page)).toHaveCount(4);
    await expect(sidebar(page).locator('button')).toHaveCount(4);
    for (const button of await sidebar(page).locator('button').all()) await expect(button).toBeHidden();
    for (const entry of await sidebar(page).locator('.entry').all()) await expect(entry).toBeVisible();
    await roster(page).filter({ hasText: 'Volodymyr Zelensky' }).getByRole('link').click();
    await expect(page.locator('#speaker-volodymyr-zelensky')).toBeInViewport();
  });

  test('on a phone the roster leads into the folded entries', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(JUNE);
    await expect(sidebar(page).locator('.entry').first()).toBeHidden();
    await roster(page).filter({ hasText: 'Vladimir Putin' }).getByRole('link').click();
    await expect(page.locator('#speaker-vladimir-putin .entry')).toBeVisible();
    await context.close();
  });
});

test('each occasion in the sidebar is a heading under its speaker, to jump between with a screen reader', async ({
  page,
}) => {
  for (const story of STORIES) {
    await page.goto(story);
    const speakers = sidebar(page).locator('li.speaker');
    expect(await speakers.count()).toBeGreaterThan(0);
    for (const speaker of await speakers.all()) {
      const occasions = await speaker.locator('.occasion').count();
      const headings = speaker.getByRole('heading', { level: 4 });
      expect(await headings.count(), story).toBe(occasions);
      for (const text of await headings.allTextContents()) expect(text.trim()).not.toBe('');
    }
  }
  await page.goto(JUNE);
  await expect(sidebar(page).getByRole('heading', { level: 4, name: 'NATO summit, The Hague' }).first()).toBeAttached();
});
