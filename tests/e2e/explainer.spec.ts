import { expect, test, type Page } from '@playwright/test';
import { at } from './site.ts';

const STORY = at('/putin-trump-meeting-2025/');

/**
 * The seven statements of the seed report: speaker, label (how the words reached the public,
 * where the story says, and the mode), date, and words from them.
 */
const SEED_STATEMENTS = [
  ['Yuri Ushakov', 'Told · Quoted', '29 June 2025', 'Working contact with the Americans is ongoing.'],
  ['Yuri Ushakov', 'Told · Quoted', '29 June 2025', 'It could happen at any moment.'],
  ['Yuri Ushakov', 'Told · Paraphrased', '29 June 2025', 'the two teams prepare seriously'],
  ['Vladimir Putin', 'Paraphrased', 'Date not given', '“great respect”'],
  [
    'Donald Trump',
    'Quoted',
    '4 June 2025',
    'it was a good conversation, but not one that will lead to immediate peace.',
  ],
  ['Donald Trump', 'Paraphrased', '25 June 2025', 'ceasefire'],
  ['Volodymyr Zelensky', 'Paraphrased', '25 June 2025', 'Patriot'],
] as const;

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Who said what' });

test('the sidebar lists the four speakers in order of first appearance', async ({ page }) => {
  await page.goto(STORY);
  await expect(sidebar(page).locator('.speaker__name a')).toHaveText([
    'Yuri Ushakov',
    'Vladimir Putin',
    'Donald Trump',
    'Volodymyr Zelensky',
  ]);
});

test('every seed statement is in the sidebar under its speaker, with its mode', async ({ page }) => {
  await page.goto(STORY);
  for (const [speaker, mode, date, words] of SEED_STATEMENTS) {
    const group = sidebar(page)
      .locator('.speaker')
      .filter({ has: page.getByRole('heading', { name: speaker }) });
    const entry = group.locator('.entry').filter({ hasText: words.slice(0, 60) });
    await expect(entry, `${speaker}: "${words}"`).toHaveCount(1);
    await expect(entry.locator('.entry__mode')).toHaveText(mode);
    await expect(entry.locator('.entry__head')).toContainText(date);
  }
});

test('each sidebar entry shows a date, a source and links to its statement in the text', async ({ page }) => {
  await page.goto(STORY);
  const entries = sidebar(page).locator('.entry');
  const count = await entries.count();
  expect(count).toBeGreaterThanOrEqual(SEED_STATEMENTS.length);
  for (let index = 0; index < count; index++) {
    const entry = entries.nth(index);
    await expect(entry.locator('.entry__head')).toHaveText(/\d{4}|Date not given/);
    // The source is named once above the entries of one report, and describes each entry's link.
    const source = entry.locator('xpath=../preceding-sibling::p[contains(@class, "occasion__source")][1]');
    await expect(source.getByRole('link').first()).toHaveAttribute('href', /^#source-/);
    await expect(entry.locator('.entry__text')).toHaveAccessibleDescription(/Sources?: /);
    const href = await entry.locator('.entry__text').getAttribute('href');
    expect(href).toMatch(/^#/);
    await expect(page.locator(`[id="${href?.slice(1) ?? ''}"]`)).toHaveCount(1);
  }
});

test('a sidebar link scrolls to the statement, and the way back works', async ({ page }) => {
  await page.goto(STORY);
  const entry = sidebar(page).locator('.entry').filter({ hasText: 'It could happen at any moment' });
  const link = entry.locator('.entry__text');
  const target = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const statement = page.locator(`[id="${target.slice(1)}"]`);
  await expect(statement).toBeInViewport();
  await expect(statement).toContainText('It could happen at any moment');

  // The statement names its speaker and links back to its entry.
  const back = statement.getByRole('link', { name: /^Ushakov\s*, quoted: see “Who said what”$/ });
  await expect(back).toBeVisible();
  await back.click();
  await expect(entry).toBeInViewport();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(statement).toBeInViewport();
});

test('the speaker chip of every statement in the text points at an entry that exists', async ({ page }) => {
  await page.goto(STORY);
  const chips = page.locator('#article .said a[href^="#wsw-"]');
  const count = await chips.count();
  expect(count).toBeGreaterThanOrEqual(SEED_STATEMENTS.length);
  for (let index = 0; index < count; index++) {
    const href = (await chips.nth(index).getAttribute('href')) ?? '';
    await expect(sidebar(page).locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the sidebar’s entries are folded, open on a tap, and nothing scrolls sideways', async ({ page }) => {
    await page.goto(STORY);
    const first = sidebar(page).locator('.entry').first();
    await expect(first).toBeHidden();
    await sidebar(page).locator('summary').tap();
    await expect(first).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a speaker chip in the text opens the folded sidebar at its entry', async ({ page }) => {
    await page.goto(STORY);
    const chip = page.locator('#article .said a[href^="#wsw-"]').first();
    const href = (await chip.getAttribute('href')) ?? '';
    await chip.tap();
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the story, the sidebar and the sources are all there', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#article')).toContainText('Working contact with the Americans is ongoing.');
    await expect(sidebar(page).locator('.entry').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await page.goto(at('/'));
    await expect(page.getByRole('link', { name: /Putin/ }).first()).toBeVisible();
  });

  test('on a phone the sidebar still opens', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(STORY);
    await sidebar(page).locator('summary').click();
    await expect(sidebar(page).locator('.entry').first()).toBeVisible();
    await context.close();
  });
});

test('the keyboard reaches the story and the sidebar', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(STORY);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  const summary = sidebar(page).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(sidebar(page).locator('.entry').first()).toBeVisible();
  // The first speaker's name, then their first entry.
  await page.keyboard.press('Tab');
  await expect(sidebar(page).locator('.speaker__name a').first()).toBeFocused();
  for (let step = 0; step < 10; step++) {
    const inEntry = await page.evaluate(() => Boolean(document.activeElement?.closest('.entry')));
    if (inEntry) break;
    await page.keyboard.press('Tab');
  }
  await expect(sidebar(page).locator('.entry a').first()).toBeFocused();
});

test('the home page lists the story with its summary and date', async ({ page }) => {
  await page.goto(at('/'));
  const story = page.locator('.story').filter({ has: page.locator(`a[href="${STORY}"]`) });
  await expect(story).toHaveCount(1);
  await expect(story).toContainText('When would Putin and Trump meet?');
  await expect(story.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});
