/**
 * Typography as a reader meets it: punctuation that stays with the speaker's chip at any width,
 * a measure of 60–75 characters, curly quotes in text from YAML and front matter, the print
 * sheet, and the home page's dates in the story's order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtHtmlFiles, DIST, pagePath } from '../support/built-site.ts';
import { at, BASE } from './site.ts';

const STORY = at('/putin-trump-meeting-2025/');
/** The story pages: those whose text has statements with a speaker's chip. */
const STORIES = builtHtmlFiles()
  .filter((file) => readFileSync(join(DIST, file), 'utf8').includes('class="said__by"'))
  .map((file) => pagePath(file, BASE));
const PHONE_WIDTHS = [320, 360, 375, 390, 414];
const DESKTOP_WIDTHS = [768, 1024, 1280, 1440];

interface ChipCheck {
  /** Statements whose chip is followed by punctuation. */
  tails: number;
  problems: string[];
}

/**
 * For every inline statement: the punctuation after it sits on the line of what it follows
 * (the chip, or a note after the chip), the chip on the line of the statement's last word,
 * and the text after the statement starts with no stray mark.
 */
function checkChips(page: Page): Promise<ChipCheck> {
  return page.evaluate(() => {
    /** Two boxes share a line when their vertical extents overlap. */
    const sameLine = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
    const charBox = (node: Text, index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect();
    };
    const problems: string[] = [];
    let tails = 0;
    for (const statement of document.querySelectorAll<HTMLElement>('.said:not(.said--block)')) {
      const chip = statement.querySelector('.said__by');
      const end = chip?.parentElement;
      if (!chip || !end) continue;
      const chipBox = chip.getBoundingClientRect();
      const tail = [...end.childNodes].find(
        (node): node is Text =>
          node instanceof Text &&
          node.textContent.trim() !== '' &&
          chip.compareDocumentPosition(node) === Node.DOCUMENT_POSITION_FOLLOWING,
      );
      if (tail) {
        tails++;
        // What the punctuation follows: the chip, or the versions link or notes after it.
        const before = [...end.children].filter(
          (element) => element.compareDocumentPosition(tail) === Node.DOCUMENT_POSITION_FOLLOWING,
        );
        const lastBox = [...(before.at(-1)?.getClientRects() ?? [])].at(-1);
        if (!lastBox || !sameLine(charBox(tail, 0), lastBox)) {
          problems.push(`${statement.id}: "${tail.textContent}" wraps onto a line of its own`);
        }
        // Right after the name, punctuation follows its last letter as it follows a word's.
        if (before.at(-1) === chip) {
          const letters = document.createTreeWalker(chip, NodeFilter.SHOW_TEXT, {
            acceptNode: (node) =>
              node.parentElement?.closest('.visually-hidden') || !node.textContent?.trim()
                ? NodeFilter.FILTER_REJECT
                : NodeFilter.FILTER_ACCEPT,
          });
          let name: Text | undefined;
          for (let node = letters.nextNode(); node; node = letters.nextNode()) name = node as Text;
          if (name) {
            const gap = charBox(tail, 0).left - charBox(name, name.textContent.trimEnd().length - 1).right;
            if (gap > 1.5) problems.push(`${statement.id}: ${gap.toFixed(1)} px before "${tail.textContent}"`);
          }
        }
      }
      const words = statement.querySelector('q, .said__words');
      const texts: Text[] = [];
      const walker = document.createTreeWalker(words ?? statement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Text && node.textContent.trim() !== '') texts.push(node);
      }
      const last = texts.at(-1);
      const lastIndex = last ? last.textContent.trimEnd().length - 1 : -1;
      if (last && !sameLine(charBox(last, lastIndex), chipBox)) {
        problems.push(`${statement.id}: the chip starts a line apart from the words`);
      }
      const after = statement.nextSibling;
      if (after instanceof Text && /^[.,;:!?)\]”’…]/.test(after.textContent)) {
        problems.push(`${statement.id}: the text after it starts with "${after.textContent.slice(0, 3)}"`);
      }
    }
    return { tails, problems };
  });
}

for (const path of STORIES) {
  test(`${path}: on a phone or a desktop no chip or punctuation after a statement wraps onto a line alone`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    for (const width of [...PHONE_WIDTHS, ...DESKTOP_WIDTHS]) {
      await page.setViewportSize({ width, height: 812 });
      const { tails, problems } = await checkChips(page);
      expect(problems, `at ${String(width)} px`).toEqual([]);
      expect(tails, 'statements followed by punctuation').toBeGreaterThan(0);
    }
  });
}

/** Characters on each full line (the last line of a paragraph left out) of the article's paragraphs. */
function lineLengths(page: Page): Promise<number[]> {
  return page.locator('#article .prose > p').evaluateAll((paragraphs) => {
    const lengths: number[] = [];
    const range = document.createRange();
    for (const paragraph of paragraphs) {
      const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('.visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      let lineTop = -Infinity;
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        for (let index = 0; index < text.length; index++) {
          range.setStart(text, index);
          range.setEnd(text, index + 1);
          const box = range.getClientRects()[0];
          // White space the browser collapsed has no box.
          if (!box) continue;
          if (box.top > lineTop + lineHeight / 2) {
            if (count > 0) lengths.push(count);
            count = 0;
            lineTop = box.top;
          }
          count++;
        }
      }
    }
    return lengths;
  });
}

for (const width of [1280, 1024, 800]) {
  test(`the article's lines hold 60 to 75 characters at ${String(width)} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(STORY);
    const lengths = await lineLengths(page);
    expect(lengths.length).toBeGreaterThanOrEqual(10);
    const mean = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
    expect(mean).toBeGreaterThanOrEqual(60);
    expect(mean).toBeLessThanOrEqual(75);
  });
}

test('printed, a story shows the article, then every sidebar entry as a list, and full source addresses', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(STORY);

  const sources = page.locator('.sources a[href^="http"]');
  expect(await sources.count()).toBeGreaterThan(0);
  const printed = await sources.evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content })),
  );
  for (const { href, after } of printed) expect(after).toBe(`" (${href ?? ''})"`);

  const sidebar = page.locator('#who-said-what');
  const entries = sidebar.locator('[id^="wsw-"]');
  expect(await entries.count()).toBeGreaterThanOrEqual(7);
  for (const entry of await entries.all()) await expect(entry).toBeVisible();
  for (const versions of await page.locator('[id^="versions-"]').all()) await expect(versions).toBeVisible();
  await expect(sidebar).toHaveCSS('position', 'static');

  // After the article, at the full width of the page, not in a column beside it.
  const article = await page.locator('#article').boundingBox();
  const aside = await sidebar.boundingBox();
  expect(article && aside && aside.y).toBeGreaterThanOrEqual((article?.y ?? 0) + (article?.height ?? 0) - 1);
  expect(aside?.x).toBeLessThanOrEqual((article?.x ?? 0) + 1);
  await expect(page.locator('.site-header')).toBeHidden();
});

test('on screen, source links show no address after them', async ({ page }) => {
  await page.goto(STORY);
  const after = await page
    .locator('.sources a[href^="http"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe('none');
});

test('text from YAML and front matter has curly quotes and apostrophes, as the body does', async ({ page }) => {
  await page.goto(at('/anchorage-momentum-2025/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Is the “momentum of Anchorage” exhausted? Moscow’s two messages, October 2025',
  );
  await expect(page).toHaveTitle(/^Is the “momentum of Anchorage” exhausted\? Moscow’s two messages/);
  await page.goto(STORY);
  await expect(page.locator('.standfirst')).toContainText('the Russian president’s foreign-policy aide');
  await expect(page.locator('.sources')).toContainText(
    'Calls the Russian president “Russian dictator” in its own voice.',
  );
  await page.goto(at('/timeline/'));
  await expect(page.getByText('Trump’s phone conversation with Putin is reported')).toBeVisible();
  await page.goto(at('/people/yuri-ushakov/'));
  await expect(page.getByText('Russia’s ambassador to the United States')).toBeVisible();
});

for (const path of builtHtmlFiles().map((file) => pagePath(file, BASE))) {
  test(`${path} shows no straight quote or apostrophe, folds opened`, async ({ page }) => {
    await page.goto(path);
    const text = await page.evaluate(() => {
      for (const fold of document.querySelectorAll('details')) fold.open = true;
      return document.body.innerText;
    });
    expect([...text.matchAll(/.{0,30}["'].{0,30}/g)].map((match) => match[0])).toEqual([]);
  });
}

test('the home page names the site once and dates each story as the story does: as of, then published', async ({
  page,
}) => {
  await page.goto(at('/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
  const text = await page.locator('body').innerText();
  expect(text.match(/Explainers/g)).toHaveLength(1);
  const dates = page.locator('.story .meta');
  expect(await dates.count()).toBeGreaterThanOrEqual(3);
  for (const line of await dates.allInnerTexts())
    expect(line).toMatch(/^As of \d{1,2} \w+ \d{4} · Published \d{1,2} \w+ \d{4}$/);
  await page.goto(STORY);
  await expect(page.locator('.explainer__header .dates').first()).toContainText(/^As of \d{1,2} \w+ \d{4} · Published/);
});
