/**
 * The story at a glance: "In short" points, each with its citation; a facts box; a contents
 * list whose every link lands on the page; on a phone the story's text before the sidebar; on a
 * desktop the keyboard reaching the article before the sidebar, and the sidebar staying in view.
 */
import { expect, test, type Page } from '@playwright/test';
import { at } from './site.ts';

const STORIES = ['/putin-trump-meeting-2025/', '/alaska-summit-2025/', '/anchorage-momentum-2025/'];

/** True when the page has an element with the id a same-page link names. */
const landsOnPage = (page: Page, href: string) =>
  page.evaluate((id) => document.getElementById(decodeURIComponent(id)) !== null, href.replace(/^#/, ''));

for (const path of STORIES) {
  test(`${path}: each point of "In short" carries a citation that leads to a source`, async ({ page }) => {
    await page.goto(at(path));
    const inShort = page.getByRole('region', { name: 'In short' });
    const points = inShort.getByRole('listitem');
    expect(await points.count()).toBeGreaterThanOrEqual(2);
    for (const point of await points.all()) {
      const marks = point.locator('a[href^="#source-"]');
      expect(await marks.count(), await point.innerText()).toBeGreaterThan(0);
      for (const href of await marks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
        expect(await landsOnPage(page, href), href).toBe(true);
      }
    }
  });

  test(`${path}: the facts box says who and when, and its outcome's source is in the list`, async ({ page }) => {
    await page.goto(at(path));
    const facts = page.getByRole('region', { name: 'The facts' });
    await expect(facts.locator('dt')).toContainText(['Who', 'When', 'Outcome']);
    for (const href of await facts
      .locator('a[href^="#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(await landsOnPage(page, href), href).toBe(true);
    }
  });

  test(`${path}: every entry of the contents leads to a part of the page, the sidebar among them`, async ({ page }) => {
    await page.goto(at(path));
    const contents = page.locator('details.contents');
    await contents.locator('summary').click();
    const links = contents.getByRole('link');
    await expect(links.filter({ hasText: 'Who said what' })).toHaveCount(1);
    await expect(links.filter({ hasText: 'Sources' })).toHaveCount(1);
    for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''))) {
      expect(await landsOnPage(page, href), href).toBe(true);
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the story’s first words come before the sidebar', async ({ page }) => {
    for (const path of STORIES) {
      await page.goto(at(path));
      const lede = await page.locator('#article .prose > p').first().boundingBox();
      const sidebar = await page.locator('.explainer__sidebar').boundingBox();
      expect(lede && sidebar && lede.y + lede.height <= sidebar.y, path).toBe(true);
      // The lede starts within the first two screens, under the title, facts and "In short".
      expect(lede && lede.y < 2 * 812, path).toBe(true);
    }
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the keyboard reaches the article’s links before the sidebar’s', async ({ page }) => {
    await page.goto(at('/putin-trump-meeting-2025/'));
    let reached: 'article' | 'sidebar' | undefined;
    for (let presses = 0; presses < 120 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const focused = document.activeElement;
        if (focused?.closest('#article')) return 'article';
        if (focused?.closest('.explainer__sidebar')) return 'sidebar';
        return undefined;
      });
    }
    expect(reached).toBe('article');
  });

  test('the sidebar stays in view while the background sections are read', async ({ page }) => {
    for (const path of STORIES) {
      await page.goto(at(path));
      await page.locator('#background').scrollIntoViewIfNeeded();
      await page.evaluate(() => {
        window.scrollBy(0, 600);
      });
      // Its heading, at the top of it, is on the screen: the sidebar has come along.
      const heading = await page.locator('#who-said-what h2').first().boundingBox();
      expect(
        heading && heading.y >= 0 && heading.y + heading.height <= 900,
        `${path}: ${JSON.stringify(heading)}`,
      ).toBe(true);
    }
  });
});
