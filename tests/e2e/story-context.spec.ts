/**
 * What a story page shows around its text: the timeline, what happened next, corrections,
 * the note on translated words, and numbered citations that jump to their source and back.
 * Every one of them is plain HTML: most tests run with JavaScript off.
 */
import { expect, test, type Locator } from '@playwright/test';
import { at } from './site.ts';

const JUNE = at('/putin-trump-meeting-2025/');
const ALASKA = at('/alaska-summit-2025/');
const STORIES = [JUNE, ALASKA, at('/anchorage-momentum-2025/')];

/** The id a link points to on its own page. */
async function target(link: Locator): Promise<string> {
  const href = (await link.getAttribute('href')) ?? '';
  expect(href, 'a link to a place on the page').toMatch(/^#./);
  return href.slice(1);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline lists the days in date order, events first on a day, each statement linked to its place', async ({
    page,
  }) => {
    await page.goto(JUNE);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const days = await timeline
      .locator('.day time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(days).toEqual(['2025-06-01', '2025-06-04', '2025-06-24', '2025-06-25', '2025-06-29', '2025-08-15']);
    expect(days).toEqual([...days].sort());
    // 25 June: the meeting at the summit (an event), then what Trump and Zelensky said of it.
    const june25 = timeline.locator('.day').filter({ has: page.locator('time[datetime="2025-06-25"]') });
    const kinds = await june25
      .locator('.entry')
      .evaluateAll((entries) =>
        entries.map((entry) => (entry.classList.contains('entry--event') ? 'event' : 'statement')),
      );
    expect(kinds[0]).toBe('event');
    expect(kinds.slice(1)).not.toContain('event');
    await expect(june25.locator('.entry--event')).toContainText('Trump and Zelensky meet on the sidelines');
    await expect(june25.locator('.entry--event')).toContainText('The Hague, Netherlands');
    await expect(june25.locator('.entry--statement').first()).toContainText('Trump');

    const statement = timeline.locator('.entry--statement a[href="#trump-good-conversation"]');
    await expect(statement).toContainText('it was a good conversation');
    // By keyboard: the link wraps over two lines, and the middle of its box is between them.
    await statement.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#trump-good-conversation$/);
    await expect(page.locator('#trump-good-conversation')).toBeInViewport();
  });

  test('every dated statement and every event of each story is on its timeline', async ({ page }) => {
    for (const story of STORIES) {
      await page.goto(story);
      const timeline = page.getByRole('region', { name: 'Timeline' });
      const response = await page.request.get(`${story}statements.json`);
      const data = (await response.json()) as { statements: { id: string; date: unknown }[] };
      const dated = data.statements.filter((statement) => statement.date).map((statement) => `#${statement.id}`);
      const linked = await timeline
        .locator('.entry--statement a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(linked.sort(), story).toEqual(dated.sort());
      await expect(timeline.locator('.entry--event').first(), story).toBeVisible();
    }
  });

  test('the corrected statement links to its correction, and the correction back to it', async ({ page }) => {
    await page.goto(JUNE);
    await expect(page.locator('.explainer__header')).toContainText('Corrected 4 December 2026');
    // Four statements are corrected: the text marks them, and no other.
    await expect(page.locator('.said .corrected')).toHaveCount(4);
    const marker = page.locator('#trump-good-conversation').getByRole('link', { name: /^Corrected/ });
    await expect(marker).toHaveAttribute('href', '#correction-1');
    await marker.click();
    await expect(page).toHaveURL(/#correction-1$/);
    const correction = page.locator('#correction-1');
    await expect(correction).toBeInViewport();
    await expect(correction).toContainText('Corrected on 24 November 2026');
    await expect(correction.locator('dt')).toHaveText(['What was wrong', 'What is right', 'Statement affected']);
    await expect(correction).toContainText('relayed from Russia-1');
    await expect(correction).toContainText('UNN relays Russia-1 only for Ushakov’s interview');

    await correction.getByRole('link', { name: 'Trump, 4 June 2025' }).click();
    await expect(page).toHaveURL(/#trump-good-conversation$/);
    await expect(page.locator('#trump-good-conversation')).toBeInViewport();

    // The sidebar entry of the statement carries the same marker.
    await expect(page.locator('#wsw-trump-good-conversation a.corrected')).toHaveAttribute('href', '#correction-1');
  });

  test('the second correction puts right the relay the first one repeated', async ({ page }) => {
    await page.goto(JUNE);
    const correction = page.locator('#correction-2');
    await expect(correction).toContainText('Corrected on 4 December 2026');
    await expect(correction).toContainText('cites “Russian media” and does not name the channel');
    // Three statements of one speaker and day: each link says which by its opening words.
    await expect(correction.locator('dd a')).toHaveText([
      /^Ushakov, 29 June 2025: “Working contact/,
      /^Ushakov, 29 June 2025: “It could happen/,
      /^Ushakov, 29 June 2025: “it could be a meeting/,
    ]);
    const marker = page.locator('#ushakov-any-moment').getByRole('link', { name: /^Corrected/ });
    await expect(marker).toHaveAttribute('href', '#correction-2');
  });

  test('what happened next is dated, links to the story that tells it and cites its source', async ({ page }) => {
    await page.goto(JUNE);
    await expect(page.locator('.explainer__header')).toContainText('As of 15 August 2025');
    const next = page.getByRole('region', { name: 'What happened next' });
    await expect(next).toContainText('The story above is as of 15 August 2025');
    const update = next.locator('#update-1');
    await expect(update.locator('time')).toHaveAttribute('datetime', '2025-08-17');
    await expect(update).toContainText('The Russian and US presidents met in Anchorage on 15 August 2025.');
    const source = update.getByRole('link', { name: 'TASS' });
    const id = await target(source);
    expect(id).toBe('source-tass-2025-08-16-timely');
    await expect(page.locator(`[id="${id}"]`)).toContainText('Putin calls Alaska visit timely, useful');
    await update.getByRole('link', { name: /^Read “The Alaska summit/ }).click();
    await expect(page).toHaveURL(/\/alaska-summit-2025\/$/);
  });

  test('a translated quote names its translator; when the versions have the words spoken, the note opens them', async ({
    page,
  }) => {
    await page.goto(JUNE);
    await expect(page.locator('#ushakov-any-moment .translated')).toHaveText('Translated from Russian by UNN');
    // No words of the interview in Russian are known: the note is not a link.
    await expect(page.locator('#ushakov-any-moment .translated a')).toHaveCount(0);
    // A paraphrase retells: it says the language, and who reported it in English.
    await expect(page.locator('[id^="vladimir-putin-"] .translated')).toHaveText(
      'Said in Russian; reported in English by UNN',
    );
    // Words in the language spoken carry no note.
    await expect(page.locator('#trump-good-conversation .translated')).toHaveCount(0);
    // The sidebar entry says so too.
    await expect(page.locator('#wsw-ushakov-any-moment')).toContainText('Translated from Russian by UNN');

    await page.goto(ALASKA);
    const note = page.locator('#putin-greeting .translated a');
    await expect(note).toHaveText(/^The Kremlin’s official translation from Russian/);
    await note.click();
    await expect(page).toHaveURL(/#versions-putin-greeting$/);
    const versions = page.locator('details.versions').filter({ has: page.locator('#versions-putin-greeting') });
    await expect(versions).toHaveJSProperty('open', true);
    // The Russian words are a news website's copy, not an original record.
    const russian = page.locator('#versions-putin-greeting li').filter({ hasText: 'a copy in Russian' });
    await expect(russian).toBeVisible();
    await expect(russian.locator('q')).toHaveAttribute('lang', 'ru');
  });

  test('on a phone too, the note opens the words spoken, wherever the sidebar folds them', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(ALASKA);
    await page.locator('#putin-greeting .translated a').click();
    await expect(page).toHaveURL(/#versions-putin-greeting$/);
    await expect(page.locator('#versions-putin-greeting li').filter({ hasText: 'Добрый день' })).toBeVisible();
  });

  test('a numbered citation jumps to its source, and the source back to the citation', async ({ page }) => {
    await page.goto(JUNE);
    const mark = page.locator('#ushakov-any-moment a.cite');
    await expect(mark).toHaveText('[1] source: UNN');
    await expect(mark).toHaveAttribute('id', 'cite-ushakov-any-moment-1');
    await mark.click();
    await expect(page).toHaveURL(/#source-unn-2025-06-29$/);
    const source = page.locator('#source-unn-2025-06-29');
    await expect(source).toBeInViewport();
    // The first in the list: the list's 1 is the text's [1].
    await expect(page.locator('.sources ol > li').first()).toHaveAttribute('id', 'source-unn-2025-06-29');

    // ↑ a b c …: one link back per citation of the source, in reading order.
    const back = source.locator('.back a');
    expect(await back.count()).toBeGreaterThan(3);
    await expect(back.first()).toHaveAttribute('href', /^#cite-/);
    await expect(back.nth(1)).toHaveText(/^b/);
    await source.locator('.back a[href="#cite-ushakov-any-moment-1"]').click();
    await expect(page).toHaveURL(/#cite-ushakov-any-moment-1$/);
    await expect(mark).toBeInViewport();
  });
});

test('on every story, each citation number is the place of its source in the list', async ({ page }) => {
  for (const story of STORIES) {
    await page.goto(story);
    const pairs = await page.locator('a.cite').evaluateAll((marks) =>
      marks.map((mark) => {
        const id = mark.getAttribute('href')?.slice(1) ?? '';
        const item = document.getElementById(id);
        const list = item?.parentElement ? [...item.parentElement.children] : [];
        return { shown: /\[(\d+)\]/.exec(mark.textContent)?.[1], place: String(list.indexOf(item as Element) + 1), id };
      }),
    );
    expect(pairs.length, story).toBeGreaterThan(0);
    for (const pair of pairs) expect(pair.shown, `${story}: ${pair.id}`).toBe(pair.place);
    // Numbered in the order of first citation: the first time each number appears, it is one more than the last.
    const firsts = [...new Set(pairs.map((pair) => Number(pair.shown)))];
    expect(firsts, story).toEqual(firsts.map((_, index) => index + 1));
    // Every mark's back link exists, so the way back is always there.
    const ids = await page.locator('a.cite').evaluateAll((marks) => marks.map((mark) => mark.id));
    for (const id of ids) await expect(page.locator(`.sources a[href="#${id}"]`), `${story}: ${id}`).toHaveCount(1);
  }
});

test('on a phone, the timeline, corrections and citations fit the width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(JUNE);
  for (const selector of ['.story-timeline', '.corrections', '.changes', '.sources', '#trump-good-conversation']) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0), selector).toBeLessThanOrEqual(375);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
});
