/**
 * How the words were delivered, on the built site: an entry's label says it ("POSTED ·
 * QUOTED"), and a claim in the story's own voice carries a numbered mark whose passage shows
 * on hover and keyboard focus, leads to the source list, and is printed beside the mark.
 */
import { expect, test, type Page } from '@playwright/test';
import { at } from './site.ts';

const ALASKA = at('/alaska-summit-2025/');
const WIDE = { width: 1280, height: 900 };

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Who said what' });
/** The article's paragraph on the press conference, whose two claims cite TASS and Alaska Public Media. */
const pressConference = (page: Page) =>
  page
    .locator('#article .prose p')
    .filter({ has: page.locator('a[href="../putin-trump-meeting-2025/#ushakov-any-moment"]') });
/** The `n`th claim mark of that paragraph (from 0) and the passage it shows. */
async function claim(page: Page, n: number) {
  const mark = pressConference(page).locator('.claim a.cite').nth(n);
  const id = (await mark.getAttribute('id')) ?? '';
  return { mark, id, passage: page.locator(`#${id}-passage`) };
}

test.use({ viewport: WIDE });

test('the US president’s Truth Social post reads POSTED · QUOTED in the sidebar, his Fox News interview TOLD · QUOTED', async ({
  page,
}) => {
  await page.goto(ALASKA);
  const post = sidebar(page).locator('#wsw-trump-peace-agreement');
  // Upper case is the label's style; the words are as the page writes them.
  await expect(post.locator('.entry__mode')).toHaveText('Posted · Quoted');
  expect(await post.locator('.entry__mode').innerText()).toBe('POSTED · QUOTED');
  await expect(post.locator('xpath=ancestor::div[contains(@class, "occasion")][1]')).toContainText('Truth Social');
  const interview = sidebar(page).locator('#wsw-trump-up-to-zelenskyy .entry__mode');
  expect(await interview.innerText()).toBe('TOLD · QUOTED');
});

test('a statement whose delivery the story does not give keeps the mode alone', async ({ page }) => {
  await page.goto(at('/putin-trump-meeting-2025/'));
  const entry = sidebar(page).locator('#wsw-trump-good-conversation .entry__mode');
  expect(await entry.innerText()).toBe('QUOTED');
});

test('the person page labels the post the same way', async ({ page }) => {
  await page.goto(at('/people/donald-trump/'));
  const post = page.locator('li.said').filter({ hasText: 'It was determined by all' });
  expect(await post.locator('.mode').innerText()).toBe('POSTED · QUOTED');
});

test('a claim’s mark shows its passage on keyboard focus and leads to its source in the list', async ({ page }) => {
  await page.goto(ALASKA);
  const { mark, id, passage } = await claim(page, 0);
  await expect(mark).toHaveText(/^\[\d+\] source: TASS$/);
  const number = Number(/\d+/.exec(await mark.innerText())?.[0]);
  await expect(passage).toBeHidden();
  await expect(mark).toHaveAccessibleDescription('TASS: a little over 12 minutes');

  // Reached with the keyboard: Tab from the link just before it in the paragraph.
  await page.locator('.prose a[href="../putin-trump-meeting-2025/#ushakov-any-moment"]').focus();
  await page.keyboard.press('Tab');
  await expect(mark).toBeFocused();
  await expect(passage).toBeVisible();
  // The source's words in a quotation (the marks are the <q>'s own).
  await expect(passage).toHaveText('TASS: a little over 12 minutes');
  await expect(passage.locator('q')).toHaveText('a little over 12 minutes');
  // The passage opens below the line of the mark, within the column of text.
  const [markBox, passageBox, column] = await Promise.all([
    mark.boundingBox(),
    passage.boundingBox(),
    page.locator('.explainer__article .prose').first().boundingBox(),
  ]);
  expect(passageBox && markBox && passageBox.y).toBeGreaterThan(markBox?.y ?? Infinity);
  expect(passageBox && column && passageBox.x + passageBox.width).toBeLessThanOrEqual(
    (column?.x ?? 0) + (column?.width ?? 0) + 1,
  );

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#source-tass-2025-08-16$/);
  const source = page.locator('#source-tass-2025-08-16');
  await expect(source).toBeInViewport();
  // The list's number is the mark's, and its way back names the passage.
  const place = await source.evaluate((item) => [...(item.parentElement?.children ?? [])].indexOf(item) + 1);
  expect(place).toBe(number);
  await expect(source.locator(`.back a[href="#${id}"]`)).toContainText('for “a little over 12 minutes”');
  await expect(passage).toBeHidden();
});

test('a claim’s passage shows while its mark is pointed at', async ({ page }) => {
  await page.goto(ALASKA);
  const { mark, passage } = await claim(page, 1);
  await expect(passage).toBeHidden();
  await mark.hover();
  await expect(passage).toBeVisible();
  await expect(passage).toHaveText('Alaska Public Media: a roughly 20-minute press conference');
});

test.describe('with JavaScript off, on paper', () => {
  test.use({ javaScriptEnabled: false });

  test('each claim’s passage is printed after its mark', async ({ page }) => {
    await page.goto(ALASKA);
    await expect((await claim(page, 0)).passage).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (const [n, words] of [
      [0, 'TASS: a little over 12 minutes'],
      [1, 'Alaska Public Media: a roughly 20-minute press conference'],
    ] as const) {
      const { passage } = await claim(page, n);
      await expect(passage).toBeVisible();
      await expect(passage).toHaveText(words);
      // In the flow of the sentence, not laid over it.
      expect(await passage.evaluate((element) => getComputedStyle(element).position)).toBe('static');
    }
  });
});
