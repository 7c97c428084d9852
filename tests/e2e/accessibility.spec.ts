import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtHtmlFiles, pagePath } from '../support/built-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SETTINGS = [
  { name: 'light, desktop', colorScheme: 'light', width: 1280 },
  { name: 'dark, desktop', colorScheme: 'dark', width: 1280 },
  { name: 'light, phone', colorScheme: 'light', width: 375 },
  { name: 'dark, phone', colorScheme: 'dark', width: 375 },
] as const;

for (const path of builtHtmlFiles().map((file) => pagePath(file))) {
  for (const setting of SETTINGS) {
    test(`${path} has no WCAG 2.2 A/AA violations (${setting.name})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: setting.colorScheme });
      await page.setViewportSize({ width: setting.width, height: 900 });
      await page.goto(path);
      // Open every fold so that what it hides is scanned too.
      await page.locator('details').evaluateAll((folds) => {
        for (const fold of folds) fold.setAttribute('open', '');
      });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.nodes.length}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
