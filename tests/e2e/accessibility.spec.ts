import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtHtmlFiles, DIST, pagePath } from '../support/built-site.ts';
import { BASE } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SETTINGS = [
  { name: 'light, desktop', colorScheme: 'light', width: 1280 },
  { name: 'dark, desktop', colorScheme: 'dark', width: 1280 },
  { name: 'light, phone', colorScheme: 'light', width: 375 },
  { name: 'dark, phone', colorScheme: 'dark', width: 375 },
] as const;

/** Axe's WCAG 2.2 A/AA violations on the page as it is, with every fold opened first. */
async function violations(page: Page): Promise<string[]> {
  // Open every fold so that what it hides is scanned too.
  await page.locator('details').evaluateAll((folds) => {
    for (const fold of folds) fold.setAttribute('open', '');
  });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

for (const path of builtHtmlFiles().map((file) => pagePath(file, BASE))) {
  for (const setting of SETTINGS) {
    test(`${path} has no WCAG 2.2 A/AA violations (${setting.name})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: setting.colorScheme });
      await page.setViewportSize({ width: setting.width, height: 900 });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
}

/** The story pages: those with a roster of speakers to follow. */
const storyPaths = builtHtmlFiles()
  .filter((file) => readFileSync(join(DIST, file), 'utf8').includes('data-speaker-select'))
  .map((file) => pagePath(file, BASE));

for (const path of storyPaths) {
  for (const setting of SETTINGS) {
    test(`${path} with a speaker selected has no WCAG 2.2 A/AA violations (${setting.name})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: setting.colorScheme });
      await page.setViewportSize({ width: setting.width, height: 900 });
      await page.goto(path);
      // Their statements highlighted, the bar shown, one statement reached by "next".
      await page.locator('button[data-speaker-select]').first().click();
      await page
        .getByRole('group', { name: /^Statements by / })
        .getByRole('button', { name: 'Next' })
        .click();
      await expect(page.locator('.said[data-followed="current"]')).toHaveCount(1);
      expect(await violations(page)).toEqual([]);
    });
  }
}
