/** The home page at a glance: each story with its card and one key quote; the data files in every page's footer. */
import { expect, test } from '@playwright/test';
import { at } from './site.ts';

test('each story shows its card, small, and the image loads', async ({ page }) => {
  await page.goto(at('/'));
  const cards = page.locator('.story img.story__card');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) {
    await card.scrollIntoViewIfNeeded();
    await expect(card).toHaveAttribute('alt', '');
    await expect.poll(() => card.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(600);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each story quotes one of its quotes, whose link leads to it in the story', async ({ page }) => {
    await page.goto(at('/'));
    const quotes = page.locator('.story .key-quote');
    await expect(quotes).toHaveCount(3);
    const october = quotes.first();
    await expect(october.locator('blockquote')).toContainText('momentum from Anchorage');
    await expect(october.locator('figcaption')).toHaveText(
      /^Sergei Ryabkov, Deputy Foreign Minister of Russia · Translated from Russian/,
    );
    await october.getByRole('link').click();
    await expect(page).toHaveURL(/\/anchorage-momentum-2025\/#[a-z0-9-]+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toContainText('momentum from Anchorage');
  });

  for (const path of ['/', '/alaska-summit-2025/', '/people/', '/timeline/', '/search/']) {
    test(`${path} links to the data files in its footer`, async ({ page }) => {
      await page.goto(at(path));
      const footer = page.getByRole('contentinfo');
      for (const name of ['every statement', 'every person']) {
        const href = await footer.getByRole('link', { name }).getAttribute('href');
        const response = await page.request.get(new URL(href ?? '', page.url()).href);
        expect(response.ok(), name).toBe(true);
        expect(response.headers()['content-type']).toContain('json');
      }
    });
  }
});
