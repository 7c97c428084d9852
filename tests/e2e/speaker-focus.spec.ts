/**
 * Following one voice through a story: the roster's buttons highlight a speaker's statements,
 * the address keeps the choice, "next" and "previous" step through them, the sidebar marks the
 * statement being read, and a statement's permalink highlights it. Without JavaScript none of
 * the controls shows and the page reads as before.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { at } from './site.ts';

const JUNE = at('/putin-trump-meeting-2025/');
const STORIES = [JUNE, at('/alaska-summit-2025/'), at('/anchorage-momentum-2025/')];
const USHAKOV = 'yuri-ushakov';
const TRUMP = 'donald-trump';

test.use({ viewport: { width: 1280, height: 900 } });

const selectButton = (page: Page, speaker: string) => page.locator(`button[data-speaker-select="${speaker}"]`);
const bar = (page: Page) => page.getByRole('group', { name: /^Statements by / });
const statementsOf = (page: Page, speaker: string) => page.locator(`#article .said[data-speaker="${speaker}"]`);
const followed = (page: Page) => page.locator('#article .said[data-followed]');
/** The ids of a speaker's statements, in the order of the text. */
const idsOf = async (page: Page, speaker: string) =>
  statementsOf(page, speaker).evaluateAll((statements) => statements.map((statement) => statement.id));
/** What makes a statement readable: its colour, its opacity and its text's colour. */
const looks = (statements: Locator) =>
  statements.evaluateAll((all) =>
    all.map((statement) => {
      const style = getComputedStyle(statement);
      return `${style.color} ${style.opacity} ${style.filter}`;
    }),
  );
const speakerParam = (page: Page) => new URL(page.url()).searchParams.get('speaker');

test('a click selects a speaker: only their statements are highlighted, nobody else’s is dimmed', async ({ page }) => {
  await page.goto(JUNE);
  const others = page.locator(`#article .said:not([data-speaker="${USHAKOV}"])`);
  const before = await looks(others);
  const ushakov = statementsOf(page, USHAKOV);
  const plain = await ushakov.first().evaluate((statement) => getComputedStyle(statement).backgroundColor);

  await selectButton(page, USHAKOV).click();
  await expect(selectButton(page, USHAKOV)).toHaveAttribute('aria-pressed', 'true');
  await expect(selectButton(page, TRUMP)).toHaveAttribute('aria-pressed', 'false');
  await expect(followed(page)).toHaveCount(6);
  expect(await followed(page).evaluateAll((all) => all.map((s) => s.getAttribute('data-speaker')))).toEqual(
    Array<string>(6).fill(USHAKOV),
  );
  await expect(ushakov.first()).not.toHaveCSS('background-color', plain);
  expect(await looks(others)).toEqual(before);
  await expect(bar(page)).toBeVisible();
  await expect(bar(page)).toContainText('6 statements');
  expect(speakerParam(page)).toBe(USHAKOV);

  // Selecting again clears it.
  await selectButton(page, USHAKOV).click();
  await expect(selectButton(page, USHAKOV)).toHaveAttribute('aria-pressed', 'false');
  await expect(followed(page)).toHaveCount(0);
  await expect(bar(page)).toBeHidden();
  expect(speakerParam(page)).toBeNull();
});

test('the keyboard selects with Enter or Space, switches speaker, and Escape clears', async ({ page }) => {
  await page.goto(JUNE);
  await selectButton(page, USHAKOV).focus();
  await page.keyboard.press('Enter');
  await expect(selectButton(page, USHAKOV)).toHaveAttribute('aria-pressed', 'true');
  await expect(followed(page)).toHaveCount(6);
  // The bar comes next in the focus order, right after the button that opened it.
  await page.keyboard.press('Tab');
  await expect(bar(page).getByRole('button', { name: 'Previous' })).toBeFocused();

  await selectButton(page, TRUMP).focus();
  await page.keyboard.press('Space');
  await expect(selectButton(page, TRUMP)).toHaveAttribute('aria-pressed', 'true');
  await expect(selectButton(page, USHAKOV)).toHaveAttribute('aria-pressed', 'false');
  await expect(followed(page)).toHaveCount(await statementsOf(page, TRUMP).count());
  await expect(followed(page).first()).toHaveAttribute('data-speaker', TRUMP);
  expect(speakerParam(page)).toBe(TRUMP);

  await page.keyboard.press('Escape');
  await expect(selectButton(page, TRUMP)).toHaveAttribute('aria-pressed', 'false');
  await expect(followed(page)).toHaveCount(0);
  expect(speakerParam(page)).toBeNull();
  await expect(selectButton(page, TRUMP)).toBeFocused();
});

for (const width of [1024, 1280, 1600]) {
  test(`at ${String(width)} px the bar stays over the article, clear of the sidebar beside it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(JUNE);
    await selectButton(page, USHAKOV).click();
    await expect(bar(page)).toBeVisible();
    const barBox = await bar(page).boundingBox();
    const sidebarBox = await page.getByRole('complementary', { name: 'Who said what' }).boundingBox();
    const articleBox = await page.locator('#article').boundingBox();
    expect(barBox && sidebarBox && articleBox).toBeTruthy();
    if (!barBox || !sidebarBox || !articleBox) return;
    expect(barBox.x + barBox.width).toBeLessThanOrEqual(sidebarBox.x);
    expect(barBox.x).toBeGreaterThanOrEqual(articleBox.x - 1);
  });
}

test('a shared address with ?speaker= restores the selection, without moving focus or the page', async ({ page }) => {
  await page.goto(`${JUNE}?speaker=${TRUMP}`);
  await expect(selectButton(page, TRUMP)).toHaveAttribute('aria-pressed', 'true');
  await expect(followed(page)).toHaveCount(await statementsOf(page, TRUMP).count());
  await expect(bar(page)).toContainText('Trump');
  expect(await page.evaluate(() => [window.scrollY, document.activeElement === document.body])).toEqual([0, true]);

  // A name that is not one of the page's speakers selects nobody.
  await page.goto(`${JUNE}?speaker=nobody`);
  await expect(page.locator('button[data-speaker-select][aria-pressed="true"]')).toHaveCount(0);
  await expect(followed(page)).toHaveCount(0);
});

for (const story of STORIES) {
  test(`${story}: next and previous move focus through each speaker’s statements in the order of the text`, async ({
    page,
  }) => {
    await page.goto(story);
    const speakers = await page
      .locator('button[data-speaker-select]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-speaker-select') ?? ''));
    expect(speakers.length).toBeGreaterThan(1);
    for (const speaker of speakers) {
      const ids = await idsOf(page, speaker);
      await selectButton(page, speaker).click();
      const next = bar(page).getByRole('button', { name: 'Next' });
      for (const [index, id] of ids.entries()) {
        await next.click();
        const statement = page.locator(`[id="${id}"]`);
        await expect(statement).toBeFocused();
        await expect(statement).toBeInViewport();
        await expect(statement).toHaveAttribute('data-followed', 'current');
        await expect(bar(page)).toContainText(`${String(index + 1)} of ${String(ids.length)}`);
        await expect(page.locator('[aria-live="polite"]')).toHaveText(`${String(index + 1)} of ${String(ids.length)}`);
      }
      // Past the last it goes round to the first; before the first, back to the last.
      await next.click();
      await expect(page.locator(`[id="${ids[0] ?? ''}"]`)).toBeFocused();
      await bar(page).getByRole('button', { name: 'Previous' }).click();
      await expect(page.locator(`[id="${ids.at(-1) ?? ''}"]`)).toBeFocused();
      await bar(page).getByRole('button', { name: 'Clear' }).click();
      await expect(followed(page)).toHaveCount(0);
      await expect(selectButton(page, speaker)).toBeFocused();
    }
  });
}

test('the keyboard steps on from a statement: the bar follows it in the focus order', async ({ page }) => {
  await page.goto(`${JUNE}?speaker=${USHAKOV}`);
  const ids = await idsOf(page, USHAKOV);
  await bar(page).getByRole('button', { name: 'Next' }).click();
  await expect(page.locator(`[id="${ids[0] ?? ''}"]`)).toBeFocused();
  // From the statement, Tab passes its links and reaches the bar, and Enter goes on.
  for (let tab = 0; tab < 20; tab++) {
    await page.keyboard.press('Tab');
    if (
      await bar(page)
        .getByRole('button', { name: 'Next' })
        .evaluate((button) => button === document.activeElement)
    )
      break;
  }
  await expect(bar(page).getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(`[id="${ids[1] ?? ''}"]`)).toBeFocused();
});

test('the sidebar marks the statement being read as the page scrolls, without moving focus or the page', async ({
  page,
}) => {
  await page.goto(JUNE);
  const ids = await page.locator('#article .said').evaluateAll((all) => all.map((statement) => statement.id));
  const current = page.locator('#who-said-what [aria-current="true"]');
  // A statement just below the top of the screen, with nothing said on the lines above it.
  for (const id of [ids[0], ids.at(-1), ids[0]]) {
    const target = id ?? '';
    const scrolled = await page.evaluate((statementId) => {
      const statement = document.getElementById(statementId);
      window.scrollBy(0, (statement?.getBoundingClientRect().top ?? 0) - window.innerHeight * 0.16);
      return window.scrollY;
    }, target);
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', `#${target}`);
    await expect(page.locator(`[id="wsw-${target}"] [aria-current="true"]`)).toHaveCount(1);
    expect(await page.evaluate(() => [window.scrollY, document.activeElement === document.body])).toEqual([
      scrolled,
      true,
    ]);
  }
});

test('every statement has a permalink, and opening one scrolls to it and highlights it', async ({ page }) => {
  await page.goto(JUNE);
  const ids = await page.locator('#article .said').evaluateAll((all) => all.map((statement) => statement.id));
  for (const id of ids) await expect(page.locator(`a[href="#${id}"]`).first()).toBeAttached();

  const id = 'ushakov-any-moment';
  await page.goto(`${JUNE}#${id}`);
  const statement = page.locator(`[id="${id}"]`);
  await expect(statement).toBeInViewport();
  const highlight = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.backgroundColor = 'var(--ex-color-highlight)';
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });
  await expect(statement).toHaveCSS('background-color', highlight);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the roster’s buttons and the bar stay hidden, and the page reads and links as before', async ({ page }) => {
    await page.goto(`${JUNE}?speaker=${USHAKOV}`);
    const buttons = page.locator('button[data-speaker-select]');
    expect(await buttons.count()).toBeGreaterThan(1);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await expect(page.locator('.focus-bar')).toBeHidden();
    await expect(followed(page)).toHaveCount(0);
    await expect(page.locator('#article')).toContainText('Working contact with the Americans is ongoing.');

    await page.goto(`${JUNE}#ushakov-any-moment`);
    await expect(page.locator('[id="ushakov-any-moment"]')).toBeInViewport();
    await expect(page.locator('[id="ushakov-any-moment"]')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });
});
